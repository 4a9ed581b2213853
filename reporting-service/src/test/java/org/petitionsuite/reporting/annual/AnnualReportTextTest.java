package org.petitionsuite.reporting.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.supervision.ActionKind;
import org.petitionsuite.documents.DocumentFonts;
import org.petitionsuite.documents.DocumentText;
import org.petitionsuite.documents.PdfLayout;
import org.petitionsuite.reporting.indicators.Cohort;
import org.petitionsuite.reporting.indicators.Indicators;
import org.petitionsuite.reporting.indicators.Rate;
import org.petitionsuite.reporting.indicators.RuleOfLawIndex;
import org.petitionsuite.testkit.PdfChecks;

/** The annual report says each figure in the order of Art 41 ¶1, says "nothing to count" for an empty rate, and lays out as PDF/A. */
class AnnualReportTextTest {
    private static final Cohort YEAR = new Cohort("330102", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null,
            null, null, null, null);

    private static AnnualReports.Report report(List<AnnualReports.Actions> actions, List<Indicators.ComplainedOrgan> organs) {
        Indicators.Summary summary = new Indicators.Summary(YEAR, new Indicators.Volume(120, 40, 30, 75, 3, 50, 18, 102),
                new Indicators.Acceptance(95, 5, 0, Rate.of(95, 100)), new Indicators.Acceptance(0, 0, 0, Rate.of(0, 0)),
                new Indicators.Answers(60, 4, 2, 1, Rate.of(60, 67)),
                new Indicators.Evaluation(30, 10, 5, 2, Rate.of(40, 45), Rate.of(45, 47)),
                new Indicators.Evaluation(0, 0, 0, 0, Rate.of(0, 0), Rate.of(0, 0)), Rate.of(40, 45), Rate.of(45, 47),
                Rate.of(18, 120), Rate.of(50, 120), Rate.of(70, 102), Rate.of(33, 120), 41.5, 7,
                new RuleOfLawIndex.Score("default", 88.25, List.of()));
        return new AnnualReports.Report(YEAR, 2025, summary,
                List.of(new Indicators.Group("城乡建设", null, 41, 6, Rate.of(0, 0), 2),
                        new Indicators.Group("劳动和社会保障_工资拖欠", null, 22, 3, Rate.of(0, 0), 1)),
                organs, 5, 61, 9, actions);
    }

    private static DocumentText text(AnnualReports.Report report) {
        return AnnualReportText.of(report, "杭州市上城区信访局", "中共杭州市上城区委员会、杭州市上城区人民政府，杭州市信访局",
                LocalDate.of(2026, 1, 20));
    }

    @Test
    void everyPartOfArticle41IsReportedInItsOrder() {
        DocumentText text = text(report(List.of(
                new AnnualReports.Actions(ActionKind.SUPERVISION_ORDER, "督办", 12, 11, 9, 1, 0, 0, 0),
                new AnnualReports.Actions(ActionKind.IMPROVE_WORK, "改进工作建议", 4, 3, 3, 1, 2, 1, 0)),
                List.of(new Indicators.ComplainedOrgan("330102-zjj", "杭州市上城区住房和城乡建设局", 9, 2, 1))));
        String body = String.join("\n", text.paragraphs());
        assertThat(text.title()).isEqualTo("2025年度信访情况报告");
        assertThat(body).startsWith("中共杭州市上城区委员会、杭州市上城区人民政府，杭州市信访局：")
                .contains("《信访工作条例》第四十一条第一款")
                .contains("本年度登记信访事项120件，其中来信40件，来访30批75人次（集体访3批），网上、电话等其他渠道50件")
                .contains("重复信访率15.0%（18/120）").contains("信访部门及时受理率95.0%（95/100）")
                .contains("有权处理机关、单位及时受理率无可统计数据").contains("按期答复率89.6%（60/67）")
                .contains("信访事项较多的领域依次为：城乡建设41件，劳动和社会保障（工资拖欠）22件")
                .contains("被投诉较多的机关、单位依次为：杭州市上城区住房和城乡建设局9件（其中重复信访2件）")
                .contains("转送有权处理的机关、单位61件，交办9件；有权处理的机关、单位超期未履行法定职责7项")
                .contains("发出督办12件，已书面反馈11件（按期反馈9件），逾期未反馈1件")
                .contains("提出改进工作建议4件，有关机关、单位已书面反馈3件，其中采纳2件、部分采纳1件、未采纳0件，逾期未反馈1件")
                .contains("信访工作法治化指数为88.3");
        assertThat(body.indexOf("一、")).isLessThan(body.indexOf("二、"));
        assertThat(body.indexOf("二、")).isLessThan(body.indexOf("三、"));
        assertThat(body.indexOf("三、")).isLessThan(body.indexOf("四、"));
        assertThat(text.signature()).containsExactly("杭州市上城区信访局", "2026年1月20日");
    }

    @Test
    void aYearWithoutActionsOrComplainedOrgansSaysSo() {
        String body = String.join("\n", text(report(List.of(), List.of())).paragraphs());
        assertThat(body).contains("本年度没有被5件以上信访事项投诉的机关、单位").contains("本年度未发出督办")
                .contains("本年度未提出改进工作、完善政策或者追究责任的建议");
    }

    @Test
    void itLaysOutAsPdfaWithEmbeddedFontsSayingWhatTheHtmlSays() throws Exception {
        DocumentText text = text(report(List.of(new AnnualReports.Actions(ActionKind.ACCOUNTABILITY, "追究责任建议", 1, 1, 1,
                0, 1, 0, 0)), List.of()));
        byte[] pdf = PdfLayout.render(text, DocumentFonts.open(DocumentFonts.DEBIAN));
        assertThat(PdfChecks.pdfa2bViolations(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(PdfChecks.fontsNotEmbeddedAndSubset(document)).isEmpty();
            assertThat(PdfChecks.text(document)).isEqualTo(PdfChecks.visibleText(text.html()));
            assertThat(PdfChecks.undrawnText(document, Path.of("target", "documents"), "annual-report")).isEmpty();
        }
    }
}
