package org.petitionsuite.contract.supervision;

/**
 * What a petition department issues to an organ and follows up until the organ's written response (条例 Art 39–40).
 * Each needs a written response by a due date.
 */
public enum ActionKind {
    /** 督办: the petition department supervises acceptance or handling that breaks the rules (Art 40 ¶1). */
    SUPERVISION_ORDER("督办", "条例 Art 40 ¶1", false),
    /** 挂牌督办: listed supervision of a leadership team or cadre with serious problems (Art 39 ¶3). */
    LISTED_SUPERVISION("挂牌督办", "条例 Art 39 ¶3", false),
    /** 改进工作建议 (Art 40 ¶1); the organ reports in writing what it adopted (Art 40 ¶4). */
    IMPROVE_WORK("改进工作建议", "条例 Art 40 ¶1", true),
    /** 完善政策建议 (Art 40 ¶2). */
    IMPROVE_POLICY("完善政策建议", "条例 Art 40 ¶2", true),
    /** 追究责任建议: shirking, delay or falsification that caused serious consequences (Art 40 ¶3). */
    ACCOUNTABILITY("追究责任建议", "条例 Art 40 ¶3", true);

    private final String label;
    private final String article;
    private final boolean recommendation;

    ActionKind(String label, String article, boolean recommendation) {
        this.label = label;
        this.article = article;
        this.recommendation = recommendation;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }

    /** One of Art 40's three recommendations, whose response says what was adopted (Art 40 ¶4). */
    public boolean recommendation() {
        return recommendation;
    }
}
