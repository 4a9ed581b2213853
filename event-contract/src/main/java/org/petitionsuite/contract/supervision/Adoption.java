package org.petitionsuite.contract.supervision;

/** What the organ adopted of a recommendation, as its written feedback says (采纳情况, 条例 Art 40 ¶4). */
public enum Adoption {
    ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED
}
