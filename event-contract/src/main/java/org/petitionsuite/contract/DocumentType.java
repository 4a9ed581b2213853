package org.petitionsuite.contract;

/**
 * The written documents the procedure issues (petition-rules.md §3.2), with their working titles and the article that
 * requires them: to the petitioner, and the forwarding and assignment slips to the organ that receives the matter.
 */
public enum DocumentType {
    ACCEPTANCE_NOTICE("受理告知书", "条例 Art 23"),
    NON_ACCEPTANCE_NOTICE("不予受理告知书", "条例 Art 23"),
    EXTENSION_NOTICE("延期办理告知书", "条例 Art 34"),
    HANDLING_OPINION("信访处理意见书", "条例 Art 31(六), Art 32"),
    AGREEMENT("调解（和解）协议书", "条例 Art 33"),
    REVIEW_OPINION("复查意见书", "条例 Art 35"),
    RE_REVIEW_OPINION("复核意见书", "条例 Art 36"),
    NOT_ACCEPTED_AGAIN_NOTICE("不再受理告知书", "条例 Art 36 ¶3"),
    /** 导入: the matter goes down its own legal channel; the petitioner is told which and its own time limit. */
    CHANNEL_NOTICE("信访事项导入告知书", "条例 Art 29–31"),
    /**
     * A collective visit registered with no representatives or more than the limit (来访必录: it is registered, never
     * refused): the visitors are told to choose at most five.
     */
    REPRESENTATIVES_NOTICE("选派代表告知书", "条例 Art 20 ¶3"),
    /** 转送: the petition department sends the matter to the organ with power to handle it (to that organ). */
    FORWARDING_SLIP("信访事项转送单", "条例 Art 22 ¶1(一)(二)"),
    /** 交办: likewise, with the days within which the organ reports its result (to that organ). */
    ASSIGNMENT_SLIP("信访事项交办单", "条例 Art 22 ¶1(三)"),
    /** 告知去向: the petitioner is told where the matter was forwarded or assigned. */
    ROUTE_NOTICE("信访事项转送（交办）告知书", "条例 Art 23 ¶1"),
    /** 办结报告: the organ a matter was assigned to reports its result to the department that assigned it. */
    COMPLETION_REPORT("信访事项办结报告", "条例 Art 22 ¶1(三)"),
    HEARING_RECORD("信访事项听证记录", "条例 Art 31(六), Art 36 ¶2"),
    OBJECTION_LETTER("信访事项异议函", "条例 Art 23 ¶3");

    private final String title;
    private final String article;

    DocumentType(String title, String article) {
        this.title = title;
        this.article = article;
    }

    public String title() {
        return title;
    }

    public String article() {
        return article;
    }

    /** The template's resource name, e.g. {@code handling-opinion}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }
}
