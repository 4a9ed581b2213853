package org.petitionsuite.contract;

/**
 * The legal channel a matter goes down (依法分类处理, 诉访分离; petition-rules.md §2.2). Each belongs to one
 * {@link PetitionKind}; only {@link #PETITION_PROCEDURE} carries the 60/30-day handling limit and the review chain
 * (Art 34–36).
 */
public enum LegalChannel {
    /** Art 31(一): court litigation or court review procedures (审判机关诉讼程序或者复议程序); 涉法涉诉, Art 28 ¶2. */
    COURT_PROCEDURE(PetitionKind.APPEAL_OR_DEMAND, "审判机关诉讼程序", "条例 Art 31(一), Art 28 ¶2"),
    /** Art 31(一): procuratorate criminal case-filing or legal-supervision procedures. */
    PROCURATORATE_PROCEDURE(PetitionKind.APPEAL_OR_DEMAND, "检察机关刑事立案、法律监督程序", "条例 Art 31(一), Art 28 ¶2"),
    /** Art 31(一): public-security legal procedures. */
    PUBLIC_SECURITY_PROCEDURE(PetitionKind.APPEAL_OR_DEMAND, "公安机关法律程序", "条例 Art 31(一), Art 28 ¶2"),
    /** Art 31(二): arbitration, e.g. labour or rural land-contracting disputes. */
    ARBITRATION(PetitionKind.APPEAL_OR_DEMAND, "仲裁程序", "条例 Art 31(二)"),
    /** Art 31(三): party-member appeal, application for re-examination. */
    PARTY_MEMBER_APPEAL(PetitionKind.APPEAL_OR_DEMAND, "党员申诉、申请复审程序", "条例 Art 31(三)"),
    /** Art 31(四): administrative reconsideration. */
    ADMINISTRATIVE_RECONSIDERATION(PetitionKind.APPEAL_OR_DEMAND, "行政复议程序", "条例 Art 31(四)"),
    /** Art 31(四): administrative adjudication (e.g. disputes over ownership of land, forests, water). */
    ADMINISTRATIVE_ADJUDICATION(PetitionKind.APPEAL_OR_DEMAND, "行政裁决程序", "条例 Art 31(四)"),
    /** Art 31(四): administrative confirmation (e.g. work-injury determination, real-estate registration). */
    ADMINISTRATIVE_CONFIRMATION(PetitionKind.APPEAL_OR_DEMAND, "行政确认程序", "条例 Art 31(四)"),
    /** Art 31(四): administrative licensing. */
    ADMINISTRATIVE_LICENSING(PetitionKind.APPEAL_OR_DEMAND, "行政许可程序", "条例 Art 31(四)"),
    /** Art 31(四): an administrative penalty procedure under way (statement, defence, hearing). */
    ADMINISTRATIVE_PENALTY(PetitionKind.APPEAL_OR_DEMAND, "行政处罚程序", "条例 Art 31(四)"),
    /** Art 31(五): a request to investigate illegal acts or to perform a duty protecting rights; the organ acts or replies. */
    DUTY_PERFORMANCE(PetitionKind.APPEAL_OR_DEMAND, "履行法定职责", "条例 Art 31(五)"),
    /** Art 31(六): the petition procedure itself: handling opinion, 60 (+30) days, review and re-review. */
    PETITION_PROCEDURE(PetitionKind.APPEAL_OR_DEMAND, "信访程序", "条例 Art 31(六), Art 32–36"),
    /** Art 30, Art 22 ¶2: accusations within discipline-inspection competence go to 纪检监察机关. */
    DISCIPLINE_INSPECTION(PetitionKind.ACCUSATION, "纪检监察机关", "条例 Art 30, Art 22 ¶2"),
    /** Art 30: other accusations go to the organ with power to handle them. */
    ACCUSATION_TO_COMPETENT_ORGAN(PetitionKind.ACCUSATION, "有权处理的机关、单位", "条例 Art 30"),
    /** Art 29: suggestions are studied by the competent organ, adopted where sound, and answered. */
    SUGGESTION_HANDLING(PetitionKind.SUGGESTION, "研究论证、答复", "条例 Art 29");

    private final PetitionKind kind;
    private final String label;
    private final String article;

    LegalChannel(PetitionKind kind, String label, String article) {
        this.kind = kind;
        this.label = label;
        this.article = article;
    }

    public PetitionKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }

    /**
     * Whether the receiving organ owes the petitioner the written acceptance notice of 条例 Art 23 ¶3 (T4). Not for
     * 政法部门 handling litigation-relief matters nor for 纪检监察机关 handling accusations: their notices follow their own
     * rules (Art 23 ¶4, "按照有关规定执行"). The one place this is decided; routing publishes it with the route.
     */
    public boolean acceptanceNoticeOfArticle23() {
        return switch (this) {
            case COURT_PROCEDURE, PROCURATORATE_PROCEDURE, PUBLIC_SECURITY_PROCEDURE, DISCIPLINE_INSPECTION -> false;
            default -> true;
        };
    }

    /**
     * Whether an accepted matter carries the handling limit of 条例 Art 34 (60 days, + 30 with approval): only on the
     * petition track (Art 31(六)); the other channels follow their own procedures and limits (petition-rules.md
     * §2.2–2.3). The one place this is decided; intake publishes it with the acceptance.
     */
    public boolean handlingLimitOfArticle34() {
        return this == PETITION_PROCEDURE;
    }

    /** A channel outside the petition procedure: the matter is handed to another legal procedure (诉访分离). */
    public boolean leavesThePetitionProcedure() {
        return kind == PetitionKind.APPEAL_OR_DEMAND && this != PETITION_PROCEDURE;
    }
}
