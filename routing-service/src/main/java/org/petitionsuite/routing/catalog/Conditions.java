package org.petitionsuite.routing.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.List;
import java.util.Optional;
import org.petitionsuite.contract.Purpose;

/**
 * When a rule applies. Every list that is given must match (AND); inside a list one entry is enough (OR). No list at
 * all matches everything: that is the catalog's fallback rule.
 *
 * @param purposes          信访目的, any of
 * @param contentCategories 内容分类 prefixes by level: "政法" matches "政法" and "政法_法院", not "政法委"
 * @param keywords          words of which at least one the petitioner states or asks (Reading: not only in an earlier
 *                          organ's words, not under a negation); "A+B" means both in one sentence
 * @param excludeKeywords   words none of which may be mentioned at all
 */
public record Conditions(List<Purpose> purposes, List<String> contentCategories, List<String> keywords,
                         List<String> excludeKeywords) {

    public static final Conditions ALWAYS = new Conditions(null, null, null, null);

    /**
     * How the matter meets these conditions: one evidence line per condition, how many of the keywords the
     * petitioner states or asks (the strength of a keyword rule) and whether one is in what they ask for; empty when
     * it does not meet them.
     */
    record Match(List<String> evidence, int keywordsFound, boolean asked) {
    }

    Optional<Match> match(Matter matter, Reading reading) {
        List<String> evidence = new ArrayList<>();
        List<String> found = List.of();
        boolean asked = false;
        if (purposes != null) {
            if (!purposes.contains(matter.purpose())) {
                return Optional.empty();
            }
            evidence.add("信访目的 " + matter.purpose());
        }
        if (contentCategories != null) {
            Optional<String> category = contentCategories.stream().filter(c -> inCategory(matter.contentCategory(), c)).findFirst();
            if (category.isEmpty()) {
                return Optional.empty();
            }
            evidence.add("内容分类 " + matter.contentCategory() + " ⊂ " + category.get());
        }
        if (keywords != null) {
            // Only what the petitioner states or asks counts: not an earlier organ's words, not what they say they do not want.
            Map<String, Reading.Role> roles = new LinkedHashMap<>();
            keywords.forEach(k -> reading.find(k).filter(Reading.Role::counts).ifPresent(role -> roles.put(k, role)));
            found = List.copyOf(roles.keySet());
            asked = roles.containsValue(Reading.Role.ASKED);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            evidence.add("关键词" + found.stream().map(k -> "「" + k + "」").collect(java.util.stream.Collectors.joining()));
        }
        if (excludeKeywords != null && excludeKeywords.stream().anyMatch(reading::mentions)) {
            return Optional.empty();
        }
        return Optional.of(new Match(List.copyOf(evidence), found.size(), asked));
    }

    private static boolean inCategory(String category, String prefix) {
        return category != null && (category.equals(prefix) || category.startsWith(prefix + "_"));
    }

    /** Every word these conditions look for or exclude, each part of an "A+B" keyword on its own. */
    Stream<String> words() {
        return Stream.of(keywords, excludeKeywords).filter(Objects::nonNull).flatMap(List::stream)
                .filter(Objects::nonNull).flatMap(k -> Arrays.stream(k.split("\\+")));
    }

    boolean isEmpty() {
        return purposes == null && contentCategories == null && keywords == null && excludeKeywords == null;
    }
}
