package org.petitionsuite.supervision.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.petitionsuite.contract.supervision.ActionKind;
import org.petitionsuite.documents.Citations;
import org.petitionsuite.documents.DocumentFonts;
import org.petitionsuite.documents.DocumentText;
import org.petitionsuite.documents.PdfLayout;
import org.petitionsuite.testkit.PdfChecks;

/** Every action's letter (督办函, 挂牌督办通知书, Art 40's three 建议书) renders as PDF/A-2b that says what its HTML says. */
class LetterLayoutTest {
    private static DocumentFonts fonts;

    @BeforeAll
    static void openFonts() {
        fonts = DocumentFonts.open(DocumentFonts.DEBIAN);
    }

    @ParameterizedTest
    @EnumSource(ActionKind.class)
    void everyKindsLetterRendersAsValidPdfaSayingWhatTheHtmlSays(ActionKind kind) throws Exception {
        Map<String, String> facts = new HashMap<>();
        facts.put("number", "上城信" + LetterKind.of(kind).series() + "〔2026〕3号");
        facts.put("organName", "杭州市上城区人力资源和社会保障局");
        facts.put("issuerName", "杭州市上城区信访局");
        facts.put("reasons", "3件工资拖欠信访事项逾期未作出处理意见，𠮷某反映的问题推诿不办。");
        facts.put("article", Citations.chinese(kind.article()));
        facts.put("responseDue", "2026年12月20日");
        facts.put("issuedOn", "2026年11月20日");
        facts.put("petitions", "5d2b4a52-1b8e-3c53-9d4a-0e1f7f5c2a12");
        LetterKind letter = LetterKind.of(kind);
        DocumentText text = DocumentText.of(letter.template(), letter.title(), facts);
        assertThat(text.title()).isEqualTo(letter.title());
        assertThat(String.join("", text.paragraphs())).contains("杭州市上城区人力资源和社会保障局：").contains("𠮷某")
                .contains(Citations.chinese(kind.article())).contains("2026年12月20日前").doesNotContain("Art");
        assertThat(text.signature()).containsExactly("杭州市上城区信访局", "2026年11月20日");
        if (kind.recommendation()) {
            assertThat(String.join("", text.paragraphs())).contains("书面反馈").contains("第四十条第四款");
        }
        byte[] pdf = PdfLayout.render(text, fonts);
        assertThat(PdfChecks.pdfa2bViolations(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(PdfChecks.fontsNotEmbeddedAndSubset(document)).isEmpty();
            assertThat(PdfChecks.text(document)).isEqualTo(PdfChecks.visibleText(text.html()));
            assertThat(PdfChecks.undrawnText(document, Path.of("target", "documents"), letter.template())).isEmpty();
        }
    }
}
