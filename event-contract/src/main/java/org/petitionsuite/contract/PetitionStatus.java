package org.petitionsuite.contract;

/**
 * The national information system's 15 status values of a petition item (信访件状态, petition-rules.md §2.4), the
 * states users know. Each constant carries its national label and number.
 */
public enum PetitionStatus {
    AWAITING_ACCEPTANCE(1, "受理申请审查中"),
    DECLINED(2, "不予受理"),
    ACCEPTED(3, "受理"),
    OPINION_ISSUED(4, "已作出处理意见"),
    OPINION_OVERDUE(5, "超期未作出处理意见"),
    NOT_ACCEPTED_AGAIN(6, "不再受理"),
    REVIEW_NOT_REQUESTED_IN_TIME(7, "超期未申请复查"),
    UNDER_REVIEW(8, "复查"),
    REVIEW_OPINION_ISSUED(9, "提出复查意见"),
    REVIEW_OPINION_OVERDUE(10, "超期未作出复查意见"),
    RE_REVIEW_NOT_REQUESTED_IN_TIME(11, "超期未申请复核"),
    UNDER_RE_REVIEW(12, "复核"),
    RE_REVIEW_OPINION_ISSUED(13, "提出复核意见"),
    RE_REVIEW_OPINION_OVERDUE(14, "超期未作出复核意见"),
    CONCLUDED(15, "审核认定办结");

    private final int nationalNumber;
    private final String nationalLabel;

    PetitionStatus(int nationalNumber, String nationalLabel) {
        this.nationalNumber = nationalNumber;
        this.nationalLabel = nationalLabel;
    }

    public int nationalNumber() {
        return nationalNumber;
    }

    public String nationalLabel() {
        return nationalLabel;
    }
}
