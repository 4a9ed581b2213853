package org.petitionsuite.contract;

/** The two levels of the petitioner's relief after a handling opinion (条例 Art 35–36). */
public enum ReviewLevel {
    /** 复查: asked of the level above the handling organ within 30 days of receiving the handling opinion (Art 35). */
    REVIEW("复查", "条例 Art 35"),
    /** 复核: asked of the level above the review organ within 30 days of receiving the review opinion (Art 36 ¶1). */
    RE_REVIEW("复核", "条例 Art 36");

    private final String label;
    private final String article;

    ReviewLevel(String label, String article) {
        this.label = label;
        this.article = article;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }
}
