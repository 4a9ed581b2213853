package org.petitionsuite.routing.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.Purpose;

/** Overlays per jurisdiction, and the checks that keep a province's edited catalog from breaking classification. */
class CatalogLibraryTest {
    private static final String NATIONAL = """
            catalog: national
            version: "1"
            rules:
              - id: court
                priority: 10
                when: {keywords: [判决]}
                channel: COURT_PROCEDURE
                rationale: 涉法涉诉
              - id: fallback
                priority: 0
                when: {}
                channel: PETITION_PROCEDURE
                rationale: 信访程序
            """;

    private static CatalogLibrary library(String... texts) {
        List<CatalogLibrary.Source> sources = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            sources.add(new CatalogLibrary.Source("file" + i + ".yaml", texts[i]));
        }
        return CatalogLibrary.of(sources);
    }

    private static Matter matter(String text, String place) {
        return new Matter(Purpose.SEEK_RESOLUTION, "其他", text, "", place);
    }

    @Test
    void overlaysApplyInsideTheirRegionOnlyAndBroadestFirst() {
        CatalogLibrary library = library(NATIONAL, """
                catalog: zhejiang
                region: "330000"
                version: "zj-1"
                rules:
                  - id: wages
                    priority: 5
                    when: {keywords: [欠薪]}
                    channel: DUTY_PERFORMANCE
                    rationale: 省清单
                """, """
                catalog: hangzhou
                region: "330100"
                version: "hz-1"
                remove: [wages]
                rules:
                  - id: court
                    priority: 10
                    when: {keywords: [判决, 裁定]}
                    channel: COURT_PROCEDURE
                    rationale: 市清单
                """);
        assertThat(library.forPlace("330381").classify(matter("欠薪", "330381")).channel()).isEqualTo(LegalChannel.DUTY_PERFORMANCE);
        assertThat(library.forPlace("330381").version()).isEqualTo("national@1+zhejiang@zj-1");
        assertThat(library.forPlace("110101").classify(matter("欠薪", "110101")).channel()).isEqualTo(LegalChannel.PETITION_PROCEDURE);

        Catalog hangzhou = library.forPlace("330102001001");
        assertThat(hangzhou.version()).isEqualTo("national@1+zhejiang@zj-1+hangzhou@hz-1");
        assertThat(hangzhou.classify(matter("欠薪", "330102")).channel()).as("the city removed the provincial rule")
                .isEqualTo(LegalChannel.PETITION_PROCEDURE);
        Classification replaced = hangzhou.classify(matter("不服裁定", "330102"));
        assertThat(replaced.channel()).isEqualTo(LegalChannel.COURT_PROCEDURE);
        assertThat(replaced.rationale()).isEqualTo("市清单");
        assertThat(replaced.evidence()).containsExactly("关键词「裁定」");
    }

    @Test
    void theShippedCatalogLoadsWithItsZhejiangOverlay() {
        CatalogLibrary shipped = CatalogLibrary.fromClasspath();
        assertThat(shipped.versions()).containsExactly("national@2026.3", "zhejiang@2026.1-zj.1");
        Matter income = new Matter(Purpose.SEEK_RESOLUTION, "农业农村", "村集体分红长期不公开", "", "330110");
        assertThat(shipped.forPlace("330110").classify(income).ruleId()).isEqualTo("zj-collective-income");
        assertThat(shipped.forPlace("440106").classify(income).ruleId()).isEqualTo("petition-procedure");
    }

    @Test
    void aDirectoryCanReplaceTheShippedCatalog(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("national.yaml"), NATIONAL);
        Files.createDirectories(dir.resolve("overlays"));
        Files.writeString(dir.resolve("overlays/sh.yaml"), """
                catalog: shanghai
                region: "310000"
                version: "sh-7"
                rules: []
                """);
        assertThat(CatalogLibrary.fromDirectory(dir).forPlace("310101").version()).isEqualTo("national@1+shanghai@sh-7");
    }

    @Test
    void refusesACatalogWithoutAFallback() {
        assertThatThrownBy(() -> library("""
                catalog: national
                version: "1"
                rules:
                  - id: court
                    priority: 10
                    when: {keywords: [判决]}
                    channel: COURT_PROCEDURE
                    rationale: 涉法涉诉
                """)).isInstanceOf(CatalogException.class).hasMessageContaining("fallback rule");
    }

    @Test
    void listsEveryProblemOfABadFile() {
        CatalogException e = (CatalogException) org.assertj.core.api.Assertions.catchThrowable(() -> library("""
                catalog: national
                version: ""
                rules:
                  - id: Court Rule
                    priority: 10
                    when: {keywords: []}
                    channel: COURT_PROCEDURE
                    rationale: ""
                  - id: fallback
                    priority: 0
                    when: {}
                    channel: PETITION_PROCEDURE
                    rationale: 信访程序
                  - id: fallback
                    priority: 0
                    channel: PETITION_PROCEDURE
                    rationale: 重复
                """));
        assertThat(e.problems()).anyMatch(p -> p.contains("'version' is required"))
                .anyMatch(p -> p.contains("'id' must be"))
                .anyMatch(p -> p.contains("never matches"))
                .anyMatch(p -> p.contains("'rationale' is required"))
                .anyMatch(p -> p.contains("used twice"))
                .anyMatch(p -> p.contains("'when' is required"));
    }

    @Test
    void refusesTyposAndUnknownChannels() {
        assertThatThrownBy(() -> library(NATIONAL.replace("keywords: [判决]", "keyword: [判决]")))
                .isInstanceOf(CatalogException.class).hasMessageContaining("keyword");
        assertThatThrownBy(() -> library(NATIONAL.replace("COURT_PROCEDURE", "COURT")))
                .isInstanceOf(CatalogException.class).hasMessageContaining("COURT");
    }

    @Test
    void refusesOverlaysThatCannotApply() {
        assertThatThrownBy(() -> library(NATIONAL, """
                catalog: nowhere
                region: "99"
                version: "1"
                """)).isInstanceOf(CatalogException.class).hasMessageContaining("'region'");
        assertThatThrownBy(() -> library(NATIONAL, """
                catalog: zhejiang
                region: "330000"
                version: "1"
                remove: [no-such-rule]
                """)).isInstanceOf(CatalogException.class).hasMessageContaining("no-such-rule");
        assertThatThrownBy(() -> library(NATIONAL, """
                catalog: zhejiang
                region: "330000"
                version: "1"
                remove: [fallback]
                """)).isInstanceOf(CatalogException.class).hasMessageContaining("no fallback rule");
    }
}
