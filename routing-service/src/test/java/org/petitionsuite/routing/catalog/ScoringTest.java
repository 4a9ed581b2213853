package org.petitionsuite.routing.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.contract.routing.PetitionClassifiedV1.Alternative;
import org.petitionsuite.contract.routing.PetitionClassifiedV1.Confidence;

/** Every rule is weighed: more evidence for a channel outweighs a slightly higher priority, and closeness is LOW. */
class ScoringTest {
    private static String catalog(String scoring) {
        return """
                catalog: national
                version: "t"
                %s
                rules:
                  - id: court
                    priority: 100
                    when:
                      keywords: [判决]
                    channel: COURT_PROCEDURE
                    rationale: 诉讼
                  - id: labour
                    priority: 95
                    when:
                      keywords: [劳动合同, 辞退, 经济补偿金]
                    channel: ARBITRATION
                    rationale: 仲裁
                  - id: fallback
                    priority: 0
                    when: {}
                    channel: PETITION_PROCEDURE
                    rationale: 其余
                """.formatted(scoring);
    }

    private static Classification classify(String scoring, String text) {
        return CatalogLibrary.fromTexts(catalog(scoring), List.of()).forPlace("110101")
                .classify(new Matter(Purpose.SEEK_RESOLUTION, "其他", text, "", "110101"));
    }

    private static final String LETTER = "公司解除劳动合同将我辞退，不付经济补偿金，听说类似案子有判决";

    @Test
    void severalWordsOfOneChannelOutweighASingleWordOfAChannelJustAbove() {
        Classification decision = classify("scoring: {perKeyword: 10, closeMargin: 20}", LETTER);
        assertThat(decision.channel()).isEqualTo(LegalChannel.ARBITRATION); // 95 + 2 × 10 = 115 > 100
        assertThat(decision.evidence()).containsExactly("关键词「劳动合同」「辞退」「经济补偿金」");
        assertThat(decision.alternatives()).containsExactly(
                new Alternative(LegalChannel.COURT_PROCEDURE, "court", 100, List.of("关键词「判决」")));
        assertThat(decision.confidence()).as("15 points apart, margin 20").isEqualTo(Confidence.LOW);
    }

    @Test
    void theMarginDecidesConfidenceAndWithoutWeightPriorityDecides() {
        assertThat(classify("scoring: {perKeyword: 10, closeMargin: 10}", LETTER).confidence()).isEqualTo(Confidence.HIGH);
        Classification byPriority = classify("scoring: {perKeyword: 0, closeMargin: 0}", LETTER);
        assertThat(byPriority.channel()).isEqualTo(LegalChannel.COURT_PROCEDURE);
        assertThat(byPriority.confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void onlyTheFallbackRecognisingTheMatterIsLowConfidenceWithNoAlternatives() {
        Classification decision = classify("", "请求帮助解决家中老人照料问题");
        assertThat(decision.ruleId()).isEqualTo("fallback");
        assertThat(decision.confidence()).isEqualTo(Confidence.LOW);
        assertThat(decision.alternatives()).isEmpty();
    }

    @Test
    void scoringIsTheNationalCatalogsAndCannotBeNegative() {
        assertThatThrownBy(() -> CatalogLibrary.fromTexts(catalog("scoring: {perKeyword: -1}"), List.of()))
                .isInstanceOf(CatalogException.class).hasMessageContaining("cannot be negative");
        String overlay = """
                catalog: zj
                version: "1"
                region: "330000"
                scoring: {perKeyword: 5}
                """;
        assertThatThrownBy(() -> CatalogLibrary.fromTexts(catalog(""), List.of(overlay)))
                .isInstanceOf(CatalogException.class).hasMessageContaining("national catalog only");
    }
}
