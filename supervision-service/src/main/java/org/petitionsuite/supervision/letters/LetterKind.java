package org.petitionsuite.supervision.letters;

import org.petitionsuite.contract.supervision.ActionKind;

/**
 * The letter each kind of action is issued with (条例 Art 39 ¶3, Art 40; petition-rules.md §3.2, §4.1): its title, its
 * template {@code documents/<template>.txt} and its 文号 series.
 */
public enum LetterKind {
    SUPERVISION_ORDER("督办函", "supervision-order", "督"),
    LISTED_SUPERVISION("挂牌督办通知书", "listed-supervision", "挂督"),
    IMPROVE_WORK("改进工作建议书", "improve-work", "改建"),
    IMPROVE_POLICY("完善政策建议书", "improve-policy", "政建"),
    ACCOUNTABILITY("追究责任建议书", "accountability", "责建");

    private final String title;
    private final String template;
    private final String series;

    LetterKind(String title, String template, String series) {
        this.title = title;
        this.template = template;
        this.series = series;
    }

    public static LetterKind of(ActionKind kind) {
        return valueOf(kind.name());
    }

    public String title() {
        return title;
    }

    public String template() {
        return template;
    }

    public String series() {
        return series;
    }
}
