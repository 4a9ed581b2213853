package org.petitionsuite.contract;

/**
 * Who the petitioner evaluates: the petition department and the organ that handled the matter are evaluated
 * separately (国信发〔2022〕11号; petition-rules.md §5.1 满意率).
 */
public enum EvaluationTarget {
    /** 信访部门 (信访机构). */
    PETITION_DEPARTMENT("信访部门"),
    /** 责任单位: the organ with power to handle the matter. */
    RESPONSIBLE_UNIT("责任单位");

    private final String label;

    EvaluationTarget(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
