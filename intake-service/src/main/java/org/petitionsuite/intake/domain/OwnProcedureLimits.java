package org.petitionsuite.intake.domain;

import java.util.Optional;
import org.petitionsuite.contract.LegalChannel;

/**
 * The time limit of a legal channel's own procedure, which the 导入 notice tells the petitioner (petition-rules.md
 * §2.3, [P5]: statutes). Only the limits the rules confirm are stated; for the other channels the notice says the
 * matter follows that procedure's own rules, without a number.
 */
public final class OwnProcedureLimits {
    private OwnProcedureLimits() {
    }

    /** The limit as the notice words it, with the statute and article; empty when the rules confirm none. */
    public static Optional<String> of(LegalChannel channel) {
        return Optional.ofNullable(switch (channel) {
            case ADMINISTRATIVE_RECONSIDERATION -> "申请行政复议，应当自知道或者应当知道该行政行为之日起六十日内提出（法律规定的申请期限超过六十日的除外；"
                    + "因不可抗力等正当理由耽误的，自障碍消除之日起继续计算）（《中华人民共和国行政复议法》第二十条）";
            case ARBITRATION -> "劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算"
                    + "（《中华人民共和国劳动争议调解仲裁法》第二十七条）";
            case COURT_PROCEDURE -> "依照诉讼法的规定向人民法院提出；直接向人民法院提起行政诉讼的，应当自知道或者应当知道作出行政行为之日起六个月内提出"
                    + "（《中华人民共和国行政诉讼法》第四十六条）";
            default -> null;
        });
    }
}
