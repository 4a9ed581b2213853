package org.petitionsuite.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.petitionsuite.testkit.PdfChecks;

/** The layout on a test template ({@code src/test/resources/documents/sample.txt}): what every service's documents get. */
class PdfLayoutTest {
    private static DocumentFonts fonts;

    @BeforeAll
    static void openFonts() {
        fonts = DocumentFonts.open(DocumentFonts.DEBIAN);
    }

    private static DocumentText sample(String body) {
        return DocumentText.of("sample", "测试告知书", Map.of("number", "上城信测〔2026〕1号", "name", "王建国、𠮷祥", "body", body,
                "organName", "杭州市上城区信访局", "issuedOn", "2026年11月20日"));
    }

    /** GB/T 15834 避头尾, checked on the lines as printed, for a sentence that lands everywhere on a line. */
    @Test
    void noPrintedLineStartsWithClosingPunctuationOrEndsWithOpeningPunctuation() throws Exception {
        for (int shift = 0; shift < 30; shift++) {
            String body = "一".repeat(shift) + "经核实（见附件），公司拖欠工资属实。单位：元，合计12345.67元；“欠薪”已查清！".repeat(6);
            try (PDDocument document = Loader.loadPDF(PdfLayout.render(sample(body), fonts))) {
                List<String> lines = new PDFTextStripper().getText(document).replaceAll("— \\d+ —", "").lines()
                        .map(String::strip).filter(l -> !l.isEmpty()).toList();
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
    void aSupplementaryCharacterIsDrawnFromTheFallbackFontAndACharacterNoFontHasIsMarked() throws Exception {
        byte[] pdf = PdfLayout.render(sample("王\uDB80\uDC00建国"), fonts); // U+F0000, private use: no font draws it
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("王建国、𠮷祥").contains("王〓建国");
            assertThat(PdfChecks.fontsNotEmbeddedAndSubset(document)).isEmpty();
            assertThat(document.getPage(0).getResources().getFontNames()).hasSizeGreaterThan(1);
            assertThat(PdfChecks.undrawnText(document, Path.of("target", "documents"), "sample")).isEmpty();
        }
        assertThat(PdfChecks.pdfa2bViolations(pdf)).isEmpty();
    }

    @Test
    void missingFontsAreNamedWithWhatToInstall() {
        assertThatThrownBy(() -> DocumentFonts.open(List.of("/nonexistent/font.ttf",
                "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc#NotoSerifCJKsc-Regular")))
                .hasMessageContaining("/nonexistent/font.ttf")
                .hasMessageContaining("fonts-arphic-uming");
        PdfDocuments unavailable = PdfDocuments.open(java.util.Optional.of(List.of("/nonexistent/font.ttf")));
        assertThat(unavailable.render(sample("正文"))).isEmpty();
        assertThat(unavailable.unavailableReason()).contains("/nonexistent/font.ttf");
    }

    @Test
    void aTemplateWithoutItsFragmentsOrATemplateThatIsMissingIsAnError() {
        assertThatThrownBy(() -> DocumentText.of("no-such-template", "x", Map.of())).hasMessageContaining("no template");
    }

    @Test
    void aDocumentIsTheSameBytesEveryTime() {
        assertThat(PdfLayout.render(sample("正文。"), fonts)).isEqualTo(PdfLayout.render(sample("正文。"), fonts))
                .isNotEqualTo(PdfLayout.render(sample("正文！"), fonts));
    }
}
