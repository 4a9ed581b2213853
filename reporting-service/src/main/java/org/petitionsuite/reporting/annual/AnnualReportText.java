package org.petitionsuite.reporting.annual;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.petitionsuite.documents.DocumentText;
import org.petitionsuite.documents.WrittenDates;
import org.petitionsuite.reporting.indicators.Indicators;
import org.petitionsuite.reporting.indicators.Rate;

/**
 * The report's text (template {@code documents/annual-report.txt}): the figures of {@link AnnualReports.Report} in the
 * sentences a department writes to its party committee and government (条例 Art 41 ¶1), each part in the order of the
 * article. A rate with nothing to count says so instead of a figure.
 */
public final class AnnualReportText {
    private AnnualReportText() {
    }

    /**
     * @param department the petition department that reports (its name)
     * @param addressees whom it reports to: its party committee and government and the department one level up
     */
    public static DocumentText of(AnnualReports.Report report, String department, String addressees, LocalDate issuedOn) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", report.year() + "年度信访情况报告");
        fields.put("addressees", addressees);
        fields.put("year", Integer.toString(report.year()));
        fields.put("period", WrittenDates.of(report.cohort().from()) + "至" + WrittenDates.of(report.cohort().to()));
        fields.put("statistics", statistics(report.summary()));
        fields.put("fields", fieldsText(report.fields()));
        fields.put("complained", complained(report));
        fields.put("routing", "转送有权处理的机关、单位" + report.forwarded() + "件，交办" + report.assigned()
                + "件；有权处理的机关、单位超期未履行法定职责" + report.summary().overdueDuties() + "项。");
        fields.put("supervision", supervision(report.actions()));
        fields.put("recommendations", recommendations(report.actions()));
        fields.put("other", other(report.summary()));
        fields.put("department", department);
        fields.put("issuedOn", WrittenDates.of(issuedOn));
        return DocumentText.of("annual-report", "信访情况年度报告", fields);
    }

    private static String statistics(Indicators.Summary s) {
        Indicators.Volume v = s.volume();
        return "本年度登记信访事项" + v.items() + "件，其中来信" + v.letters() + "件，来访" + v.visitBatches() + "批"
                + v.visitPersons() + "人次（集体访" + v.collectiveVisits() + "批），网上、电话等其他渠道" + v.online()
                + "件；初次信访" + v.firstTime() + "件，重复信访" + v.repeats() + "件，重复信访率" + rate(s.repeatRate())
                + "。信访部门及时受理率" + rate(s.timelyAcceptanceDepartment().rate()) + "，有权处理机关、单位及时受理率"
                + rate(s.timelyAcceptanceUnit().rate()) + "，按期答复率" + rate(s.onTimeAnswer().rate()) + "，满意率"
                + rate(s.satisfaction()) + "，参评率" + rate(s.participation()) + "，初次信访一次性化解率"
                + rate(s.firstTimeResolution()) + "；依法导入诉讼、仲裁、行政程序等法定途径的占" + rate(s.otherLegalChannels()) + "。";
    }

    private static String fieldsText(List<Indicators.Group> fields) {
        if (fields.isEmpty()) {
            return "本年度无登记的信访事项。";
        }
        return "按内容分类，信访事项较多的领域依次为："
                + fields.stream().map(g -> (g.label() == null ? category(g.key()) : g.label()) + g.items() + "件")
                .collect(Collectors.joining("，")) + "。";
    }

    /** 劳动和社会保障_工资拖欠 as a document writes it: 劳动和社会保障（工资拖欠）. */
    static String category(String key) {
        int split = key.indexOf('_');
        return split < 0 ? key : key.substring(0, split) + "（" + key.substring(split + 1).replace('_', '、') + "）";
    }

    private static String complained(AnnualReports.Report report) {
        if (report.complainedOrgans().isEmpty()) {
            return "本年度没有被" + report.minCases() + "件以上信访事项投诉的机关、单位。";
        }
        return "被投诉较多的机关、单位依次为：" + report.complainedOrgans().stream()
                .map(o -> o.name() + o.items() + "件（其中重复信访" + o.repeats() + "件）")
                .collect(Collectors.joining("，")) + "。";
    }

    private static String supervision(List<AnnualReports.Actions> actions) {
        List<AnnualReports.Actions> orders = actions.stream().filter(a -> !a.kind().recommendation()).toList();
        if (orders.isEmpty()) {
            return "本年度未发出督办。";
        }
        return orders.stream().map(a -> "发出" + a.label() + a.issued() + "件，已书面反馈" + a.answered() + "件（按期反馈"
                        + a.answeredInTime() + "件），逾期未反馈" + a.overdueUnanswered() + "件")
                .collect(Collectors.joining("；")) + "。";
    }

    private static String recommendations(List<AnnualReports.Actions> actions) {
        List<AnnualReports.Actions> recommendations = actions.stream().filter(a -> a.kind().recommendation()).toList();
        if (recommendations.isEmpty()) {
            return "本年度未提出改进工作、完善政策或者追究责任的建议。";
        }
        return recommendations.stream().map(a -> "提出" + a.label() + a.issued() + "件，有关机关、单位已书面反馈"
                        + a.answered() + "件，其中采纳" + a.adopted() + "件、部分采纳" + a.partlyAdopted() + "件、未采纳"
                        + a.notAdopted() + "件，逾期未反馈" + a.overdueUnanswered() + "件")
                .collect(Collectors.joining("；")) + "（《信访工作条例》第四十条第四款）。";
    }

    private static String other(Indicators.Summary s) {
        var index = s.ruleOfLawIndex();
        if (index == null || index.value() == null) {
            return "本年度数据不足以计算信访工作法治化指数。";
        }
        long counted = index.parts().stream().filter(p -> p.rate() != null).count();
        return String.format(Locale.ROOT, "信访工作法治化指数为%.1f（%d项构成指标中%d项有数据）。", index.value(),
                index.parts().size(), counted);
    }

    /** 87.5%（35/40）, or 无可统计数据 when there is nothing to count. */
    static String rate(Rate rate) {
        if (rate == null || rate.value() == null) {
            return "无可统计数据";
        }
        return String.format(Locale.ROOT, "%.1f%%（%d/%d）", 100 * rate.value(), rate.numerator(), rate.denominator());
    }
}
