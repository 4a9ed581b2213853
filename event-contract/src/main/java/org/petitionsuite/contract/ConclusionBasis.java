package org.petitionsuite.contract;

/**
 * Why the petition department confirmed a petition as concluded (审核认定办结, national status 15). Each is the point
 * at which no statutory step is left to the petitioner.
 */
public enum ConclusionBasis {
    /** A mediation or settlement agreement resolved the matter (条例 Art 33). */
    AGREEMENT("条例 Art 33"),
    /** The handling opinion was served and no review was asked for within the window (条例 Art 35). */
    NO_REVIEW_REQUESTED("条例 Art 35"),
    /** The review opinion was served and no re-review was asked for within the window (条例 Art 36 ¶1). */
    NO_RE_REVIEW_REQUESTED("条例 Art 36 ¶1"),
    /** The re-review opinion was issued; the same facts and reasons are not accepted again (条例 Art 36 ¶3). */
    RE_REVIEW_OPINION("条例 Art 36 ¶3"),
    /**
     * The matter belongs to another channel's own procedure (Art 31(一)–(五) 导入, Art 30 accusations, Art 29
     * suggestions): the organ told the petitioner the channel and its own time limit, and the petition side is closed
     * without a handling opinion (petition-rules.md §2.2–2.3). Not a resolution by the petition procedure.
     */
    OWN_PROCEDURE("条例 Art 23 ¶4, Art 29–31(五)");

    private final String article;

    ConclusionBasis(String article) {
        this.article = article;
    }

    public String article() {
        return article;
    }

    /** Resolved at the first handling, without review: what 初次信访一次性化解率 counts for a first-time matter. */
    public boolean resolvedAtFirstHandling() {
        return this == AGREEMENT || this == NO_REVIEW_REQUESTED;
    }
}
