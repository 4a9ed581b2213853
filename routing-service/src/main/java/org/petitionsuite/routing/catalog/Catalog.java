package org.petitionsuite.routing.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The rules in force for one place: the national catalog with the overlays of the regions that contain it. */
public final class Catalog {
    private final String version;
    private final List<Rule> rules;

    /** @param rules in the order they were declared; ties in priority keep that order */
    Catalog(String version, List<Rule> rules) {
        this.version = version;
        this.rules = rules.stream().sorted(Comparator.comparingInt(Rule::priority).reversed()).toList();
    }

    /** e.g. {@code national@2026.1+330000@2026.1-zj.1}: every file that contributed, so a decision can be reproduced. */
    public String version() {
        return version;
    }

    public List<Rule> rules() {
        return rules;
    }

    public Classification classify(Matter matter) {
        Reading reading = matter.reading();
        for (Rule rule : rules) {
            Optional<List<String>> evidence = rule.when().evidence(matter, reading);
            if (evidence.isPresent()) {
                return new Classification(rule.channel().kind(), rule.channel(), version, rule.id(),
                        rule.articleOrDefault(), rule.rationale(), evidence.get());
            }
        }
        // CatalogLibrary refuses a national catalog without a fallback rule, so this cannot happen.
        throw new IllegalStateException("catalog " + version + " has no rule for " + matter);
    }
}
