package org.petitionsuite.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.petitionsuite.intake.api.Petitioner;

class RepeatSimilarityTest {
    private static final Petitioner WANG = new Petitioner("王建国", "330102197503124511", "13800000001", "上城区某路1号", false, false);
    private static final Petitioner WANG_NO_ID = new Petitioner("王建国", null, "13800000001", null, false, false);
    private static final Petitioner LI = new Petitioner("李明", "330102198001011234", "13900000002", "上城区某路2号", false, false);
    private static final String WAGES = "请求督促某建筑公司支付拖欠的2026年7月至9月工资";
    private static final String WAGES_AGAIN = "某建筑公司至今仍拖欠我7月至9月的工资，请求督促支付";

    private static RepeatSimilarity.Item item(Petitioner p, String place, String category, String request) {
        return new RepeatSimilarity.Item(List.of(p), place, category, request, "多次讨要未果。");
    }

    @Test
    void theSamePersonRaisingTheSameRequestAgainScoresHigh() {
        RepeatSimilarity.Signals s = RepeatSimilarity.compare(item(WANG, "330102", "劳动和社会保障_工资拖欠", WAGES),
                item(WANG_NO_ID, "330102", "劳动和社会保障_其他", WAGES_AGAIN));
        assertThat(s.samePerson()).as("same name and phone").isTrue();
        assertThat(s.samePlace()).isTrue();
        assertThat(s.sameCategoryFamily()).isTrue();
        assertThat(s.textSimilarity()).isBetween(0.3, 0.9);
        assertThat(s.score()).isGreaterThan(0.55);
    }

    @Test
    void anotherPersonWithAnotherMatterInTheSameCountyScoresLow() {
        RepeatSimilarity.Signals s = RepeatSimilarity.compare(item(WANG, "330102", "劳动和社会保障_工资拖欠", WAGES),
                item(LI, "330102", "城乡建设_物业管理", "小区物业公司擅自提高物业费，请求查处"));
        assertThat(s.samePerson()).isFalse();
        assertThat(s.sameCategoryFamily()).isFalse();
        assertThat(s.score()).isLessThan(0.3);
    }

    @Test
    void neighboursWithTheSameKindOfMatterAreNotTheSamePersonsRepeat() {
        RepeatSimilarity.Signals s = RepeatSimilarity.compare(item(WANG, "330102", "劳动和社会保障_工资拖欠", WAGES),
                item(LI, "330102", "劳动和社会保障_工资拖欠", "请求督促某餐饮公司支付拖欠的2025年工资"));
        assertThat(s.samePerson()).isFalse();
        assertThat(s.score()).isLessThan(0.55);
    }

    @Test
    void erasedPetitionersMatchNobody() {
        Petitioner erased = new Petitioner(PersonalDataMasking.ERASED, PersonalDataMasking.ERASED, PersonalDataMasking.ERASED,
                PersonalDataMasking.ERASED, false, false);
        assertThat(RepeatSimilarity.samePerson(List.of(erased), List.of(erased))).isFalse();
    }

    @Test
    void textSimilarityIsDiceOverCharacterBigrams() {
        assertThat(RepeatSimilarity.dice(RepeatSimilarity.bigrams("拖欠工资"), RepeatSimilarity.bigrams("拖欠工资"))).isEqualTo(1.0);
        assertThat(RepeatSimilarity.dice(RepeatSimilarity.bigrams("拖欠工资"), RepeatSimilarity.bigrams("物业收费"))).isZero();
        assertThat(RepeatSimilarity.bigrams("拖欠，工资！")).containsExactlyInAnyOrder("拖欠", "欠工", "工资");
        assertThat(RepeatSimilarity.family("劳动和社会保障_工资拖欠")).isEqualTo("劳动和社会保障");
        assertThat(RepeatSimilarity.family("劳动和社会保障")).isEqualTo("劳动和社会保障");
    }
}
