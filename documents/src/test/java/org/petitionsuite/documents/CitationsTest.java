package org.petitionsuite.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "条例 Art 35|《信访工作条例》第三十五条",
            "条例 Art 36 ¶3|《信访工作条例》第三十六条第三款",
            "条例 Art 31(六), Art 32–36|《信访工作条例》第三十一条第（六）项、第三十二条至第三十六条",
            "条例 Art 22 ¶1(一)(二), Art 30 ¶3|《信访工作条例》第二十二条第一款第（一）项、第（二）项、第三十条第三款",
            "条例 Art 23 ¶2–3|《信访工作条例》第二十三条第二款至第三款",
            "条例 Art 29–31|《信访工作条例》第二十九条至第三十一条",
            "浙江省信访条例 Art 23|《浙江省信访条例》第二十三条",
            "条例 Art 34, 个人信息保护法 Art 47|《信访工作条例》第三十四条、《个人信息保护法》第四十七条",
            "《信访工作条例》第十九条第三款|《信访工作条例》第十九条第三款",
            "依据有关规定|依据有关规定",
            "Art 10|《信访工作条例》第十条",
    })
    void readsTheRulesCitationsTheChineseWay(String rule, String chinese) {
        assertThat(Citations.chinese(rule)).isEqualTo(chinese);
    }

    @Test
    void numeralsAsLawsWriteThem() {
        assertThat(Citations.numeral(10)).isEqualTo("十");
        assertThat(Citations.numeral(15)).isEqualTo("十五");
        assertThat(Citations.numeral(20)).isEqualTo("二十");
        assertThat(Citations.numeral(102)).isEqualTo("一百零二");
        assertThat(Citations.numeral(110)).isEqualTo("一百一十");
        assertThat(Citations.numeral(999)).isEqualTo("九百九十九");
    }

    @Test
    void somethingItCannotReadIsKeptWhole() {
        assertThat(Citations.chinese("条例 Art 31(六) and more")).isEqualTo("条例 Art 31(六) and more");
    }
}
