package org.petitionsuite.contract;

/**
 * What a review (复查) or re-review (复核) opinion does with the opinion below it. The 条例 names no outcomes (Art 35–36
 * only say "提出复查/复核意见"); these three are the usual practice [U].
 */
public enum ReviewOutcome {
    /** 维持: the opinion below stands. */
    UPHOLD("维持"),
    /** 变更: the opinion below is changed. */
    CHANGE("变更"),
    /** 撤销: the opinion below is revoked and the matter handled anew. */
    REVOKE("撤销");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
