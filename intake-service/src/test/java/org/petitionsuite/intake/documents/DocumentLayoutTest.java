package org.petitionsuite.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.petitionsuite.contract.DocumentType;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every template fills from the facts its issuance stores; its PDF embeds its fonts, is valid PDF/A-2b, draws real
 * glyphs where its text is, and says what the HTML page says.
 */
class DocumentLayoutTest {
    private static final float DPI = 100;
    private static DocumentFonts fonts;

    @BeforeAll
    static void openFonts() {
        fonts = DocumentFonts.open(DocumentFonts.DEBIAN);
        VeraGreenfieldFoundryProvider.initialise();
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
        f.put("originalOpinion", "杭州市上城区人力资源和社会保障局于2026年12月1日作出的信访处理意见书（上城人社处〔2026〕3号）");
        return f;
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void everyTypeRendersWithEmbeddedFontsAsValidPdfaThatSaysWhatTheHtmlSays(DocumentType type) throws Exception {
        DocumentText text = DocumentText.of(type, facts());
        assertThat(text.title()).isEqualTo(type.title());
        assertThat(String.join("", text.paragraphs())).contains("王建国、𠮷祥").doesNotContain("{");
        assertThat(text.signature()).contains("2026年11月20日");

        byte[] pdf = PdfLayout.render(text, fonts);
        assertThat(PdfLayout.render(text, fonts)).as("deterministic").isEqualTo(pdf);
        assertThat(pdfa2bViolations(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+.*");
                }
            }
            String extracted = withoutPageNumbers(new PDFTextStripper().getText(document));
            assertThat(compact(extracted)).isEqualTo(compact(visibleText(text.html())));
            assertTextIsDrawn(document, type.slug());
        }
    }

    @Test
    void theHtmlPageEscapesEveryValueAndKeepsTheSealArea() {
        Map<String, String> f = facts();
        f.put("factsFound", "<script>alert(1)</script>&");
        String html = DocumentText.of(DocumentType.HANDLING_OPINION, f).html();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;").doesNotContain("<script>")
                .contains("<h1>信访处理意见书</h1>").contains("class=\"seal\"").contains("上城信受〔2026〕17号");
    }

    @Test
    void theHandlingOpinionHasWhatArt32RequiresAndTheReliefNotice() {
        String body = String.join("\n", DocumentText.of(DocumentType.HANDLING_OPINION, facts()).paragraphs());
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
        assertThat(String.join("", DocumentText.of(DocumentType.ACCEPTANCE_NOTICE, f).paragraphs())).doesNotContain("办结");
        f.remove("request");
        assertThatThrownBy(() -> DocumentText.of(DocumentType.ACCEPTANCE_NOTICE, f))
                .hasMessageContaining("acceptance-notice").hasMessageContaining("request");
    }

    @Test
    void aLongDocumentBreaksOntoNumberedPagesWithTheSealBesideItsSignature() throws Exception {
        Map<String, String> f = facts();
        f.put("factsFound", "经核实，公司拖欠三个月工资属实。".repeat(120));
        byte[] pdf = PdfLayout.render(DocumentText.of(DocumentType.HANDLING_OPINION, f), fonts);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertThat(text).contains("— " + page + " —");
            }
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(document.getNumberOfPages());
            assertThat(lastPage.getText(document)).contains("杭州市上城区人力资源和社会保障局").contains("2026年11月20日");
        }
        assertThat(pdfa2bViolations(pdf)).isEmpty();
    }

    /** GB/T 15834 避头尾, checked on the lines as printed, for a sentence that lands everywhere on a line. */
    @Test
    void noPrintedLineStartsWithClosingPunctuationOrEndsWithOpeningPunctuation() throws Exception {
        for (int shift = 0; shift < 30; shift++) {
            Map<String, String> f = facts();
            f.put("factsFound", "一".repeat(shift) + "经核实（见附件），公司拖欠工资属实。单位：元，合计12345.67元；“欠薪”已查清！".repeat(6));
            try (PDDocument document = Loader.loadPDF(PdfLayout.render(DocumentText.of(DocumentType.HANDLING_OPINION, f), fonts))) {
                List<String> lines = withoutPageNumbers(new PDFTextStripper().getText(document)).lines().map(String::strip)
                        .filter(l -> !l.isEmpty()).toList();
                for (int i = 0; i + 1 < lines.size(); i++) {
                    String line = lines.get(i);
                    String next = lines.get(i + 1);
                    assertThat(LineBreaking.breakable(line.codePointBefore(line.length()), next.codePointAt(0)))
                            .as("shift %d: \"%s\" | \"%s\"", shift, line, next).isTrue();
                }
            }
        }
    }

    @Test
    void aCharacterNoFontHasIsPrintedAsTheMissingCharacterMark() throws Exception {
        Map<String, String> f = facts();
        f.put("petitioner", "王\uDB80\uDC00建国");  // U+F0000, private use: no font draws it
        try (PDDocument document = Loader.loadPDF(PdfLayout.render(DocumentText.of(DocumentType.ACCEPTANCE_NOTICE, f), fonts))) {
            assertThat(new PDFTextStripper().getText(document)).contains("王〓建国");
        }
    }

    @Test
    void missingFontsAreNamedWithWhatToInstall() {
        assertThatThrownBy(() -> DocumentFonts.open(List.of("/nonexistent/font.ttf",
                "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc#NotoSerifCJKsc-Regular")))
                .hasMessageContaining("/nonexistent/font.ttf")
                .hasMessageContaining("fonts-arphic-uming");
    }

    /** veraPDF's verdict on PDF/A-2b: the rules failed, empty when compliant. */
    static List<String> pdfa2bViolations(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                    .forEach(a -> failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()));
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.add("not compliant");
            }
            return failed.stream().distinct().toList();
        }
    }

    /**
     * Each printed line is drawn, in glyphs of its own: the pixels inside every line's text box are not blank, and
     * different characters look different (a missing font draws every character as the same empty box). The pages
     * are kept as PNG under target/documents for a person to look at.
     */
    private static void assertTextIsDrawn(PDDocument document, String name) throws IOException {
        PDFRenderer renderer = new PDFRenderer(document);
        Path out = Path.of("target", "documents");
        Files.createDirectories(out);
        for (int p = 0; p < document.getNumberOfPages(); p++) {
            BufferedImage image = renderer.renderImageWithDPI(p, DPI);
            ImageIO.write(image, "png", out.resolve(name + "-" + (p + 1) + ".png").toFile());
            Set<String> looks = new HashSet<>();
            Set<String> characters = new HashSet<>();
            for (TextPosition glyph : positions(document, p + 1)) {
                if (glyph.getUnicode().isBlank()) {
                    continue;
                }
                String ink = ink(image, glyph);
                assertThat(ink).as("page %d: %s is drawn", p + 1, glyph.getUnicode()).contains("#");
                if (characters.add(glyph.getUnicode())) {
                    looks.add(ink);
                }
            }
            assertThat(looks.size()).as("page %d: distinct characters look distinct", p + 1)
                    .isGreaterThan(characters.size() * 3 / 4);
        }
    }

    private static List<TextPosition> positions(PDDocument document, int page) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                positions.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return positions;
    }

    /** The glyph's box as a coarse bitmap: '#' for a dark pixel, '.' for a light one. */
    private static String ink(BufferedImage image, TextPosition glyph) {
        float scale = DPI / 72;
        int x0 = Math.max(0, (int) (glyph.getXDirAdj() * scale));
        int x1 = Math.min(image.getWidth(), (int) ((glyph.getXDirAdj() + glyph.getWidthDirAdj()) * scale) + 1);
        int y1 = Math.min(image.getHeight(), (int) (glyph.getYDirAdj() * scale) + 2);
        int y0 = Math.max(0, y1 - (int) (glyph.getFontSizeInPt() * scale));
        StringBuilder ink = new StringBuilder();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                ink.append(luminance < 200 ? '#' : '.');
            }
            ink.append('\n');
        }
        return ink.toString();
    }

    /** What a reader sees of the HTML page: the text of its elements, entities decoded, the page's head left out. */
    static String visibleText(String html) {
        String body = html.substring(html.indexOf("<body>"));
        return body.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String withoutPageNumbers(String text) {
        return text.replaceAll("— \\d+ —", "");
    }

    private static String compact(String s) {
        return s.replaceAll("\\s", "");
    }
}
