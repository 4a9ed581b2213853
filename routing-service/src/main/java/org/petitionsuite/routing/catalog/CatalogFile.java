package org.petitionsuite.routing.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One catalog file as written (YAML). The national file has no region; an overlay names the division it applies to
 * and may add rules, replace rules by id, and remove rules. Only the national file weighs rules ({@link Scoring}); every
 * file may name synonyms: the word a rule uses → the other ways letters write it.
 */
record CatalogFile(String catalog, String version, String region, String description, Scoring scoring,
                   Map<String, List<String>> synonyms, List<String> remove, List<Rule> rules) {

    /** Every word the file names: its rules' keywords and exclusions and its synonyms, for {@link Words}. */
    Stream<String> words() {
        Stream<String> ruleWords = rules == null ? Stream.empty()
                : rules.stream().filter(r -> r != null && r.when() != null).flatMap(r -> r.when().words());
        Stream<String> synonymWords = synonyms == null ? Stream.empty() : synonyms.entrySet().stream()
                .flatMap(e -> Stream.concat(Stream.of(e.getKey()), e.getValue() == null ? Stream.empty() : e.getValue().stream()));
        return Stream.concat(ruleWords, synonymWords).filter(Objects::nonNull);
    }
}
