package org.petitionsuite.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one redaction of free text, on the kind of letters people write. */
class FreeTextRedactionTest {
    private static String redact(String text) {
        return PersonalDataMasking.freeText(text, List.of("张秀英", "李强"));
    }

    @Test
    void identifiersAndThePetitionersOwnNamesGo() {
        assertThat(redact("本人张秀英，身份证号33010219750312451X，手机13957112345，家住某小区。"))
                .isEqualTo("本人张**，身份证号[身份证号]，手机[电话]，家住某小区。");
        assertThat(redact("联系电话：+86 139-5711-2345 或 0571-87654321")).isEqualTo("联系电话：[电话] 或 [电话]");
        assertThat(redact("工资卡6222021234567890123、另一张 6222 0212 3456 7890")).isEqualTo("工资卡[银行卡号]、另一张 [银行卡号]");
        assertThat(redact("旧身份证330102750312451，李强作证")).isEqualTo("旧身份证[身份证号]，李*作证");
    }

    @Test
    void numbersThatAreNotPersonalStay() {
        String text = "2026年7月至9月工资共计12000元未发放，合同编号HT-2026-0815，涉及3个月。";
        assertThat(redact(text)).isEqualTo(text);
        assertThat(redact(null)).isNull();
        assertThat(PersonalDataMasking.freeText("已删除", List.of("已删除"))).isEqualTo("已删除");
    }
}
