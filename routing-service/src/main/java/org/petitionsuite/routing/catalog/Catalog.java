package org.petitionsuite.routing.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.routing.PetitionClassifiedV1.Alternative;
import org.petitionsuite.contract.routing.PetitionClassifiedV1.Confidence;

/** The rules in force for one place: the national catalog with the overlays of the regions that contain it. */
public final class Catalog {
    private final String version;
    private final List<Rule> rules;
    private final Scoring scoring;
    private final Map<String, String> synonyms;

    /**
     * @param rules    in the order they were declared; ties in priority keep that order
     * @param synonyms a word as letters write it → the word the rules use
     */
    Catalog(String version, List<Rule> rules, Scoring scoring, Map<String, String> synonyms) {
        this.version = version;
        this.rules = rules.stream().sorted(Comparator.comparingInt(Rule::priority).reversed()).toList();
        this.scoring = scoring;
        this.synonyms = synonyms;
    }

    /** e.g. {@code national@2026.1+330000@2026.1-zj.1}: every file that contributed, so a decision can be reproduced. */
    public String version() {
        return version;
    }

    public List<Rule> rules() {
        return rules;
    }

    private record Scored(Rule rule, Conditions.Match match, int score) {
        boolean isFallback() {
            return rule.when().isEmpty();
        }
    }

    /**
     * Every rule is weighed, not only the first that matches (issue 19): the strongest decides (on equal scores, the
     * higher priority, then the order declared), the best rule of each other channel is kept as an alternative, and
     * the decision is of LOW confidence when nothing but the fallback recognised the matter or an alternative came
     * within the catalog's close margin. LOW goes to the petition department's confirmation queue.
     */
    public Classification classify(Matter matter) {
        Reading reading = new Reading(matter.text(), synonyms);
        List<Scored> matched = new ArrayList<>();
        for (Rule rule : rules) {
            rule.when().match(matter, reading).ifPresent(m -> matched.add(new Scored(rule, m, scoring.score(rule, m))));
        }
        if (matched.isEmpty()) {
            // CatalogLibrary refuses a national catalog without a fallback rule, so this cannot happen.
            throw new IllegalStateException("catalog " + version + " has no rule for " + matter);
        }
        matched.sort(Comparator.comparingInt(Scored::score).reversed()); // stable: equal scores keep priority order
        Scored chosen = matched.get(0);
        Map<LegalChannel, Scored> others = new LinkedHashMap<>();
        matched.stream().filter(s -> s.rule().channel() != chosen.rule().channel() && !s.isFallback())
                .forEach(s -> others.putIfAbsent(s.rule().channel(), s));
        boolean close = others.values().stream().findFirst()
                .map(runnerUp -> chosen.score() - runnerUp.score() < scoring.closeMargin()).orElse(false);
        Confidence confidence = chosen.isFallback() || close ? Confidence.LOW : Confidence.HIGH;
        List<Alternative> alternatives = others.values().stream()
                .map(s -> new Alternative(s.rule().channel(), s.rule().id(), s.score(), s.match().evidence())).toList();
        Rule rule = chosen.rule();
        return new Classification(rule.channel().kind(), rule.channel(), version, rule.id(), rule.articleOrDefault(),
                rule.rationale(), chosen.match().evidence(), confidence, alternatives);
    }
}
