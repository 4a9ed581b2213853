package org.petitionsuite.contract;

/** An agreement that resolves an appeal-or-demand matter with both parties' consent (条例 Art 33). */
public enum AgreementKind {
    /** 调解协议书: reached through the organ's mediation. */
    MEDIATION("调解协议书"),
    /** 和解协议书: reached by the parties themselves. */
    SETTLEMENT("和解协议书");

    private final String documentTitle;

    AgreementKind(String documentTitle) {
        this.documentTitle = documentTitle;
    }

    public String documentTitle() {
        return documentTitle;
    }
}
