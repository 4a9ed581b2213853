package org.petitionsuite.contract;

/** The outcome of a handling opinion (处理意见书, 条例 Art 32). */
public enum HandlingOutcome {
    /** 支持: the facts are clear and the request complies with the rules; the organ sees the decision carried out. */
    SUPPORT("支持"),
    /** 解释说明: the request is reasonable but lacks a legal basis; it is explained. */
    EXPLAIN("解释说明"),
    /** 不予支持: no factual basis or not compliant; the petitioner is given guidance. */
    NOT_SUPPORT("不予支持");

    private final String label;

    HandlingOutcome(String label) {
        this.label = label;
    }

    /** The outcome as the handling opinion writes it. */
    public String label() {
        return label;
    }
}
