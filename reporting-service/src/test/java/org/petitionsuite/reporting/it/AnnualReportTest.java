package org.petitionsuite.reporting.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.intake.PetitionRegisteredV1;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.contract.supervision.ActionIssuedV1;
import org.petitionsuite.contract.supervision.ActionKind;
import org.petitionsuite.contract.supervision.ActionRespondedV1;
import org.petitionsuite.contract.supervision.Adoption;
import org.petitionsuite.testkit.Tokens;

/**
 * The annual report (条例 Art 41 ¶1) from events on the three topics: three petitions of one year in a township of
 * 雁塔区 of its own, two forwarded and one assigned, the organ complained about, a 督办 left unanswered and two
 * recommendations answered with what was adopted.
 */
@QuarkusTest
class AnnualReportTest {
    private static final String ANALYST = Tokens.of("analyst", "610000");

    @Test
    void theYearsFiguresDocumentAndBadRequests() throws Exception {
        Random random = new Random();
        String township = "610113" + String.format("%03d", 1 + random.nextInt(999));
        String place = township + "001";
        int year = 2001 + random.nextInt(19);
        LocalDate day = LocalDate.of(year, 3, 2);
        var organ = new PetitionRegisteredV1.ComplainedOrgan("610113-zjj", "雁塔区住房和城乡建设局");
        for (String mode : List.of("FORWARD", "FORWARD", "ASSIGN")) {
            String p = UUID.randomUUID().toString();
            FixedEventSet.registration(p, UUID.randomUUID().toString(), day, Channel.LETTER, 1, false, true, "城乡建设", place,
                    List.of(organ));
            FixedEventSet.send(EventType.PETITION_ROUTED_V1, p, UUID.randomUUID().toString(), new PetitionRoutedV1(p, place,
                    "610113-zjj", "雁塔区住房和城乡建设局", "COUNTY", "610113", mode, "ASSIGN".equals(mode) ? 30 : null, "d",
                    "条例 Art 22", "有处理权", List.of(), FixedEventSet.at(day), List.of()));
        }
        action("a1", ActionKind.SUPERVISION_ORDER, township, day, null);
        action("a2", ActionKind.IMPROVE_WORK, township, day, Adoption.ADOPTED);
        action("a3", ActionKind.IMPROVE_WORK, township, day, Adoption.PARTLY_ADOPTED);
        String region = township + "000";

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(ANALYST)
                .queryParam("region", region).queryParam("year", year).get("/api/v1/reporting/annual-report").then()
                .statusCode(200).body("summary.volume.items", equalTo(3)).body("forwarded", equalTo(2))
                .body("assigned", equalTo(1)).body("actions.size()", equalTo(2)));
        given().auth().oauth2(ANALYST).queryParam("region", region).queryParam("year", year)
                .get("/api/v1/reporting/annual-report").then()
                .body("year", equalTo(year))
                .body("fields[0].key", equalTo("城乡建设"))
                .body("actions.find { it.kind == 'SUPERVISION_ORDER' }.overdueUnanswered", equalTo(1))
                .body("actions.find { it.kind == 'IMPROVE_WORK' }.issued", equalTo(2))
                .body("actions.find { it.kind == 'IMPROVE_WORK' }.adopted", equalTo(1))
                .body("actions.find { it.kind == 'IMPROVE_WORK' }.partlyAdopted", equalTo(1));

        String html = given().auth().oauth2(ANALYST).queryParam("region", region).queryParam("year", year)
                .get("/api/v1/reporting/annual-report/report.html").then().statusCode(200).extract().asString();
        assertThat(html).contains(year + "年度信访情况报告").contains("本年度登记信访事项3件")
                .contains("转送有权处理的机关、单位2件，交办1件")
                .contains("提出改进工作建议2件，有关机关、单位已书面反馈2件，其中采纳1件、部分采纳1件")
                .contains("本年度没有被5件以上信访事项投诉的机关、单位");
        byte[] pdf = given().auth().oauth2(ANALYST).queryParam("region", region).queryParam("year", year)
                .get("/api/v1/reporting/annual-report/report.pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // Bad input: a clear problem naming the field; another region: refused.
        for (String bad : List.of("abc", "1999", "3000")) {
            given().auth().oauth2(ANALYST).queryParam("year", bad).get("/api/v1/reporting/annual-report").then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("query.year"));
        }
        given().auth().oauth2(Tokens.of("analyst", "610113")).queryParam("region", "330102").queryParam("year", year)
                .get("/api/v1/reporting/annual-report/report.html").then().statusCode(403);
        given().auth().oauth2(Tokens.of("handler", "610113")).get("/api/v1/reporting/annual-report").then().statusCode(403);
    }

    /** An action issued 10 days after {@code day} to 住建局, due 15 days later; answered in time when {@code adoption} is given. */
    private static void action(String name, ActionKind kind, String township, LocalDate day, Adoption adoption) throws Exception {
        String id = name + "-" + UUID.randomUUID();
        FixedEventSet.send(EventType.ACTION_ISSUED_V1, id, UUID.randomUUID().toString(), new ActionIssuedV1(id, kind,
                kind.article(), "610113-zjj", township + "000", List.of(), day.plusDays(25), "supervisor-1",
                FixedEventSet.at(day.plusDays(10))));
        if (adoption != null) {
            FixedEventSet.send(EventType.ACTION_RESPONDED_V1, id, UUID.randomUUID().toString(), new ActionRespondedV1(id,
                    kind, "610113-zjj", adoption, day.plusDays(25), true, FixedEventSet.at(day.plusDays(20))));
        }
    }
}
