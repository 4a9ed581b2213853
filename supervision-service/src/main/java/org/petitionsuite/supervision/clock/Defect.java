package org.petitionsuite.supervision.clock;

/**
 * The failures the accountability articles name that supervision can see in the events (条例 Art 43–45). The codes
 * are the contract ({@code defect.recorded.v1}); the names people see are configuration
 * ({@code supervision.defects.name.CODE}), so a province can use its own terms, e.g. 四应四不 (petition-rules.md §4.2).
 */
public enum Defect {
    /** Art 44(一): not registered as required; here, registered later than the configured days after receipt. */
    REGISTERED_LATE("条例 Art 44(一)", "未按规定登记"),
    /** Art 43: the petition department did not forward or assign within the limit (T1). */
    NOT_FORWARDED_IN_TIME("条例 Art 43", "未按规定转送、交办"),
    /** Art 44(三): acceptance not notified within the limit (T4). */
    ACCEPTANCE_NOT_NOTIFIED_IN_TIME("条例 Art 44(三)", "未在规定期限内书面告知受理"),
    /** Art 45(一): not handled, reviewed, re-reviewed or reported within the limit (T2, T6, T9, T11). */
    HANDLED_LATE("条例 Art 45(一)", "未在规定期限内办结"),
    /** Art 43: the petition department did not perform its 督办 duty on a breached deadline. */
    SUPERVISION_NOT_PERFORMED("条例 Art 43", "未履行督办职责");

    private final String article;
    private final String defaultName;

    Defect(String article, String defaultName) {
        this.article = article;
        this.defaultName = defaultName;
    }

    public String article() {
        return article;
    }

    public String defaultName() {
        return defaultName;
    }
}
