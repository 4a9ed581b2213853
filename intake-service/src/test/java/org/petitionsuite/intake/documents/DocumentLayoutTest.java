package org.petitionsuite.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.petitionsuite.contract.DocumentType;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.documents.Citations;
import org.petitionsuite.documents.DocumentFonts;
import org.petitionsuite.documents.DocumentText;
import org.petitionsuite.documents.PdfLayout;
import org.petitionsuite.testkit.PdfChecks;

/**
 * Every document type intake issues fills from the facts its issuance stores; its PDF embeds its fonts, is valid
 * PDF/A-2b, draws real glyphs where its text is, and says what the HTML page says (test-kit's PdfChecks).
 */
class DocumentLayoutTest {
    private static DocumentFonts fonts;

    @BeforeAll
    static void openFonts() {
        fonts = DocumentFonts.open(DocumentFonts.DEBIAN);
    }

    private static DocumentText text(DocumentType type, Map<String, String> facts) {
        return DocumentText.of(type.slug(), type.title(), facts);
    }

    /** Every field any template uses, as the aggregate stores them. */
    static Map<String, String> facts() {
        Map<String, String> f = new HashMap<>();
        f.put("number", "上城信受〔2026〕17号");
        f.put("petitioner", "王建国、𠮷祥");
        f.put("address", "浙江省杭州市上城区某路1号");
        f.put("receivedOn", "2026年11月2日");
        f.put("request", "请求督促某公司支付拖欠工资。");
        f.put("factsAndReasons", "2026年7月至9月工资未发放，多次讨要未果。");
        f.put("organName", "杭州市上城区人力资源和社会保障局");
        f.put("forwardingOrgan", "杭州市上城区信访局");
        f.put("issuedOn", "2026年11月20日");
        f.put("acceptedOn", "2026年11月3日");
        f.put("handlingDays", "60");
        f.put("handlingArticle", "《信访工作条例》第三十四条");
        f.put("handlingDue", "2027年1月4日");
        f.put("reason", "需调取两年工资流水核实");
        f.put("channel", "仲裁程序");
        f.put("article", "《信访工作条例》第三十一条第（二）项");
        f.put("days", "20");
        f.put("due", "2027年1月25日");
        f.put("outcome", "支持");
        f.put("factsFound", "经核实，公司拖欠三个月工资属实。");
        f.put("decision", "责令公司七日内支付。");
        f.put("legalBasis", "《保障农民工工资支付条例》第三条");
        f.put("reliefDays", "30");
        f.put("reliefArticle", "《信访工作条例》第三十五条");
        f.put("reliefDue", "2026年12月21日");
        f.put("terms", "公司于12月31日前一次性支付拖欠工资。");
        f.put("agreedOn", "2026年11月20日");
        f.put("earlierPetition", "5d2b4a52-1b8e-3c53-9d4a-0e1f7f5c2a11");
        f.put("guidance", "请向上城区劳动人事争议仲裁委员会申请仲裁。");
        f.put("ownLimit", "劳动争议申请仲裁的时效期间为一年");
        f.put("numberOfPeople", "40");
        f.put("maxRepresentatives", "5");
        f.put("representatives", "6");
        f.put("petitionId", "5d2b4a52-1b8e-3c53-9d4a-0e1f7f5c2a12");
        f.put("handlingOrgan", "杭州市上城区人力资源和社会保障局");
        f.put("routeMode", "转送");
        f.put("routedOn", "2026年11月2日");
        f.put("noticeDue", "2026年11月17日");
        f.put("noticePeriod", "15日");
        f.put("noticeArticle", "《信访工作条例》第二十三条第二款至第三款");
        f.put("objectionPeriod", "5个工作日");
        f.put("objectionArticle", "《信访工作条例》第二十三条第三款");
        f.put("reportWithinDays", "30");
        f.put("summary", "经调查，该公司拖欠工资属实，已责令其于12月10日前全部支付，信访人表示认可。");
        f.put("status", "已作出处理意见");
        f.put("department", "上城区信访局");
        f.put("objectionReceivedOn", "2026年11月3日");
        f.put("objectionLastDay", "2026年11月10日");
        f.put("objectionReasons", "该事项系劳动合同争议，应申请劳动仲裁。");
        f.put("hearingStage", "复核");
        f.put("hearingDays", "2026年11月10日至2026年11月12日");
        f.put("hearingSummary", "信访人陈述了事实和理由，承办单位说明了调查情况。");
        f.put("answerDue", "2026年12月20日");
        f.put("originalOpinion", "杭州市上城区人力资源和社会保障局于2026年12月1日作出的信访处理意见书（上城人社处〔2026〕3号）");
        return f;
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void everyTypeRendersWithEmbeddedFontsAsValidPdfaThatSaysWhatTheHtmlSays(DocumentType type) throws Exception {
        DocumentText text = text(type, facts());
        assertThat(text.title()).isEqualTo(type.title());
        assertThat(String.join("", text.paragraphs())).contains("王建国、𠮷祥").doesNotContain("{");
        assertThat(text.signature()).contains("2026年11月20日");

        byte[] pdf = PdfLayout.render(text, fonts);
        assertThat(PdfLayout.render(text, fonts)).as("deterministic").isEqualTo(pdf);
        assertThat(PdfChecks.pdfa2bViolations(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(PdfChecks.fontsNotEmbeddedAndSubset(document)).isEmpty();
            assertThat(PdfChecks.text(document)).isEqualTo(PdfChecks.visibleText(text.html()));
            assertThat(PdfChecks.undrawnText(document, Path.of("target", "documents"), type.slug())).isEmpty();
        }
    }

    @Test
    void theHtmlPageEscapesEveryValueAndKeepsTheSealArea() {
        Map<String, String> f = facts();
        f.put("factsFound", "<script>alert(1)</script>&");
        String html = text(DocumentType.HANDLING_OPINION, f).html();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;").doesNotContain("<script>")
                .contains("<h1>信访处理意见书</h1>").contains("class=\"seal\"").contains("上城信受〔2026〕17号");
    }

    @Test
    void theHandlingOpinionHasWhatArt32RequiresAndTheReliefNotice() {
        String body = String.join("\n", text(DocumentType.HANDLING_OPINION, facts()).paragraphs());
        assertThat(body).contains("信访请求：请求督促某公司支付拖欠工资。")
                .contains("事实和理由：2026年7月至9月工资未发放")
                .contains("处理意见：支持。责令公司七日内支付。")
                .contains("依据：《保障农民工工资支付条例》第三条")
                .contains("自收到本意见书之日起30日内（即2026年12月21日前）")
                .contains("《信访工作条例》第三十五条");
    }

    @Test
    void anOptionalLineIsLeftOutWithoutItsFieldAndAMissingFieldIsAnError() {
        Map<String, String> f = facts();
        f.remove("handlingDue");
        assertThat(String.join("", text(DocumentType.ACCEPTANCE_NOTICE, f).paragraphs())).doesNotContain("办结");
        f.remove("request");
        assertThatThrownBy(() -> text(DocumentType.ACCEPTANCE_NOTICE, f))
                .hasMessageContaining("acceptance-notice").hasMessageContaining("request");
    }

    @Test
    void aLongDocumentBreaksOntoNumberedPagesWithTheSealBesideItsSignature() throws Exception {
        Map<String, String> f = facts();
        f.put("factsFound", "经核实，公司拖欠三个月工资属实。".repeat(120));
        byte[] pdf = PdfLayout.render(text(DocumentType.HANDLING_OPINION, f), fonts);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String all = new PDFTextStripper().getText(document);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertThat(all).contains("— " + page + " —");
            }
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(document.getNumberOfPages());
            assertThat(lastPage.getText(document)).contains("杭州市上城区人力资源和社会保障局").contains("2026年11月20日");
        }
        assertThat(PdfChecks.pdfa2bViolations(pdf)).isEmpty();
    }

    @Test
    void everyLegalChannelsArticleReadsInChinese() {
        Arrays.stream(LegalChannel.values()).map(LegalChannel::article).map(Citations::chinese)
                .forEach(c -> assertThat(c).startsWith("《信访工作条例》第").doesNotContain("Art").doesNotContain("¶"));
    }
}
