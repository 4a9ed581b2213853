package org.petitionsuite.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.DocumentType;

/** Every template fills from the facts its issuance stores, and reads back the same from HTML and from the PDF. */
class DocumentLayoutTest {

    /** Every field any template uses, as the aggregate stores them. */
    private static Map<String, String> facts() {
        Map<String, String> f = new HashMap<>();
        f.put("number", "信访处理意见〔2026〕5d2b4a52-1号");
        f.put("petitioner", "王建国");
        f.put("address", "浙江省杭州市上城区某路1号");
        f.put("receivedOn", "2026年11月2日");
        f.put("request", "请求督促某公司支付拖欠工资。");
        f.put("factsAndReasons", "2026年7月至9月工资未发放，多次讨要未果。");
        f.put("organName", "杭州市上城区人力资源和社会保障局");
        f.put("issuedOn", "2026年11月20日");
        f.put("acceptedOn", "2026年11月3日");
        f.put("handlingDays", "60");
        f.put("handlingArticle", "条例 Art 34");
        f.put("handlingDue", "2027年1月4日");
        f.put("reason", "需调取两年工资流水核实");
        f.put("channel", "仲裁程序");
        f.put("article", "条例 Art 31(二)");
        f.put("days", "20");
        f.put("due", "2027年1月25日");
        f.put("outcome", "支持");
        f.put("factsFound", "经核实，公司拖欠三个月工资属实。");
        f.put("decision", "责令公司七日内支付。");
        f.put("legalBasis", "《保障农民工工资支付条例》第三条");
        f.put("reliefDays", "30");
        f.put("reliefArticle", "条例 Art 35");
        f.put("reliefDue", "2026年12月21日");
        f.put("terms", "公司于12月31日前一次性支付拖欠工资。");
        f.put("agreedOn", "2026年11月20日");
        f.put("earlierPetition", "5d2b4a52-1b8e-3c53-9d4a-0e1f7f5c2a11");
        f.put("guidance", "请向上城区劳动人事争议仲裁委员会申请仲裁。");
        f.put("ownLimit", "劳动争议申请仲裁的时效期间为一年");
        f.put("numberOfPeople", "40");
        f.put("maxRepresentatives", "5");
        f.put("representatives", "6");
        return f;
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void everyTemplateFillsAndReadsBackFromHtmlAndPdf(DocumentType type) throws Exception {
        DocumentText text = DocumentText.of(type, facts());
        assertThat(text.title()).isEqualTo(type.title());
        assertThat(String.join("", text.paragraphs())).contains("王建国").doesNotContain("{");
        assertThat(text.signature()).contains("2026年11月20日");

        String html = HtmlLayout.render(text);
        assertThat(html).contains("<h1>" + type.title() + "</h1>").contains("信访处理意见〔2026〕5d2b4a52-1号");

        byte[] pdf = PdfLayout.render(text);
        assertThat(PdfLayout.render(text)).as("deterministic").isEqualTo(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String extracted = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(extracted).contains(type.title()).contains("王建国").contains("杭州市上城区人力资源和社会保障局");
            assertThat(extracted).contains(text.paragraphs().get(text.paragraphs().size() - 1).replaceAll("\\s", ""));
        }
    }

    @Test
    void theHandlingOpinionHasWhatArt32RequiresAndTheReliefNotice() {
        String body = String.join("\n", DocumentText.of(DocumentType.HANDLING_OPINION, facts()).paragraphs());
        assertThat(body).contains("信访请求：请求督促某公司支付拖欠工资。")
                .contains("事实和理由：2026年7月至9月工资未发放")
                .contains("处理意见：支持。责令公司七日内支付。")
                .contains("依据：《保障农民工工资支付条例》第三条")
                .contains("自收到本意见书之日起30日内（即2026年12月21日前）向本机关的上一级机关请求复查");
    }

    @Test
    void anOptionalLineIsLeftOutWithoutItsFieldAndAMissingFieldIsAnError() {
        Map<String, String> f = facts();
        f.remove("handlingDue");
        assertThat(String.join("", DocumentText.of(DocumentType.ACCEPTANCE_NOTICE, f).paragraphs())).doesNotContain("办结");
        f.remove("request");
        assertThatThrownBy(() -> DocumentText.of(DocumentType.ACCEPTANCE_NOTICE, f))
                .hasMessageContaining("needs the field request");
    }

    @Test
    void aLongDocumentBreaksOntoMorePagesAndHtmlIsEscaped() throws Exception {
        Map<String, String> f = facts();
        f.put("factsFound", "事实<script>".repeat(600));
        DocumentText text = DocumentText.of(DocumentType.HANDLING_OPINION, f);
        assertThat(HtmlLayout.render(text)).contains("事实&lt;script&gt;").doesNotContain("<script>");
        try (PDDocument document = Loader.loadPDF(PdfLayout.render(text))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
    }
}
