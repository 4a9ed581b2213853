package org.petitionsuite.routing.catalog;

/**
 * How the rules that match a matter are weighed against each other, from the national catalog's {@code scoring}
 * section [U]: a rule scores its priority plus {@code perKeyword} for each further keyword of it the petitioner states
 * (several words of one channel outweigh a single word of a channel just above it) and {@code asked} when one of them
 * is in what the petitioner asks for (what is asked outweighs what is told), and a decision is of LOW
 * confidence when the fallback made it or another channel's best rule scored within {@code closeMargin} of it.
 *
 * @param perKeyword  added for every keyword the rule found beyond its first
 * @param asked       added when one of its keywords is in what the petitioner asks for (after 请求, 要求, 希望…), not
 *                    only in what they tell
 * @param closeMargin a runner-up of another channel this close makes the decision LOW confidence
 */
public record Scoring(int perKeyword, int asked, int closeMargin) {
    /** What a catalog without a {@code scoring} section weighs by; a section's missing value takes these too. */
    static final Scoring DEFAULT = new Scoring(10, 0, 20);

    /** From YAML, where any value may be left out. */
    @com.fasterxml.jackson.annotation.JsonCreator
    static Scoring of(@com.fasterxml.jackson.annotation.JsonProperty("perKeyword") Integer perKeyword,
                      @com.fasterxml.jackson.annotation.JsonProperty("asked") Integer asked,
                      @com.fasterxml.jackson.annotation.JsonProperty("closeMargin") Integer closeMargin) {
        return new Scoring(perKeyword == null ? DEFAULT.perKeyword : perKeyword, asked == null ? DEFAULT.asked : asked,
                closeMargin == null ? DEFAULT.closeMargin : closeMargin);
    }

    int score(Rule rule, Conditions.Match match) {
        return rule.priority() + perKeyword * Math.max(0, match.keywordsFound() - 1) + (match.asked() ? asked : 0);
    }

    boolean isNegative() {
        return perKeyword < 0 || asked < 0 || closeMargin < 0;
    }
}
