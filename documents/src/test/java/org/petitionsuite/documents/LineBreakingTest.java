package org.petitionsuite.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line breaking with every character one unit wide (ASCII half), on lines of ten units. */
class LineBreakingTest {
    private static List<String> wrap(String s) {
        return LineBreaking.wrap(s, 10, cp -> cp < 0x80 ? 0.5 : 1);
    }

    @Test
    void closingPunctuationTakesTheLastCharacterWithItToTheNextLine() {
        assertThat(wrap("一二三四五六七八九十。十一")).containsExactly("一二三四五六七八九", "十。十一");
    }

    @Test
    void openingPunctuationNeverEndsALine() {
        assertThat(wrap("一二三四五六七八九《条例》")).containsExactly("一二三四五六七八九", "《条例》");
    }

    @Test
    void aRunOfLatinLettersAndDigitsStaysWhole() {
        assertThat(wrap("一二三四五六七八20261128号")).containsExactly("一二三四五六七八", "20261128号");
    }

    @Test
    void aSupplementaryCharacterIsOneCharacter() {
        assertThat(wrap("一二三四五六七八九𠮷祥")).containsExactly("一二三四五六七八九𠮷", "祥");
    }

    @Test
    void aRunLongerThanALineIsBrokenWhereTheLineIsFull() {
        assertThat(wrap("x".repeat(25))).containsExactly("x".repeat(20), "xxxxx");
        assertThat(wrap("。。。。。。。。。。。。")).containsExactly("。。。。。。。。。。", "。。");
    }

    @Test
    void everyLineButTheLastIsFullOrBrokenForARule() {
        String text = "经核实（见附件），公司拖欠工资属实。合计12345元；“欠薪”已查清！".repeat(5);
        List<String> lines = wrap(text);
        assertThat(String.join("", lines)).isEqualTo(text);
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            assertThat(LineBreaking.breakable(line.codePointBefore(line.length()), lines.get(i + 1).codePointAt(0))).isTrue();
        }
    }
}
