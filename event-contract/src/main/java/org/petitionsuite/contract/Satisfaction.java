package org.petitionsuite.contract;

/** The three-level satisfaction scale of the national system (petition-rules.md §5.1), with its codes 0 / 1 / 3. */
public enum Satisfaction {
    SATISFIED("满意", 0),
    BASICALLY_SATISFIED("基本满意", 1),
    DISSATISFIED("不满意", 3);

    private final String label;
    private final int nationalCode;

    Satisfaction(String label, int nationalCode) {
        this.label = label;
        this.nationalCode = nationalCode;
    }

    public String label() {
        return label;
    }

    public int nationalCode() {
        return nationalCode;
    }
}
