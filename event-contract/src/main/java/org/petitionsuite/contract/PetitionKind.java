package org.petitionsuite.contract;

/** The three kinds of petition matter of the 2022 条例 (petition-rules.md §2.1). */
public enum PetitionKind {
    /** 建议意见类: study, adopt where sound, reply (条例 Art 29). */
    SUGGESTION("建议意见类", "条例 Art 29"),
    /** 检举控告类: 纪检监察 or the organ with power to handle it (Art 30). */
    ACCUSATION("检举控告类", "条例 Art 30"),
    /** 申诉求决类: down the legal channel of Art 31 (一)–(六). */
    APPEAL_OR_DEMAND("申诉求决类", "条例 Art 31");

    private final String label;
    private final String article;

    PetitionKind(String label, String article) {
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
