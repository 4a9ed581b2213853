package org.petitionsuite.routing.catalog;

import java.util.List;
import java.util.Map;

/**
 * One catalog file as written (YAML). The national file has no region; an overlay names the division it applies to
 * and may add rules, replace rules by id, and remove rules. Only the national file weighs rules ({@link Scoring}); every
 * file may name synonyms: the word a rule uses → the other ways letters write it.
 */
record CatalogFile(String catalog, String version, String region, String description, Scoring scoring,
                   Map<String, List<String>> synonyms, List<String> remove, List<Rule> rules) {

    /** Every word the file names: keywords (each part of an "A+B" keyword), exclusions and synonyms, for {@link Words}. */
    java.util.stream.Stream<String> words() {
        java.util.stream.Stream<String> ruleWords = rules == null ? java.util.stream.Stream.empty() : rules.stream()
                .filter(r -> r != null && r.when() != null)
                .flatMap(r -> java.util.stream.Stream.concat(
                        r.when().keywords() == null ? java.util.stream.Stream.empty() : r.when().keywords().stream(),
                        r.when().excludeKeywords() == null ? java.util.stream.Stream.empty() : r.when().excludeKeywords().stream()))
                .filter(java.util.Objects::nonNull)
                .flatMap(k -> java.util.Arrays.stream(k.split("\\+")));
        java.util.stream.Stream<String> synonymWords = synonyms == null ? java.util.stream.Stream.empty()
                : synonyms.entrySet().stream().flatMap(e -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(e.getKey()), e.getValue() == null ? java.util.stream.Stream.empty() : e.getValue().stream()));
        return java.util.stream.Stream.concat(ruleWords, synonymWords).filter(java.util.Objects::nonNull);
    }
}
