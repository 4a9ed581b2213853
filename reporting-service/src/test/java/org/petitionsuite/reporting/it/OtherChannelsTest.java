package org.petitionsuite.reporting.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.testkit.Tokens;
import org.petitionsuite.testkit.TopicWriter;

/**
 * 按期答复率 counts only what the 条例 Art 34 handling limit governs, as intake decided it with the acceptance
 * ({@code handlingLimit}): a matter accepted into another channel's own procedure (here duty performance, Art 31(五))
 * is never "unanswered"; one on the petition track is, until its opinion. Handed to its own channel (导入, basis
 * OWN_PROCEDURE), it stays out of 初次信访一次性化解率 too.
 */
@QuarkusTest
class OtherChannelsTest {

    private static String registeredAndAccepted(String village, Boolean handlingLimit) throws Exception {
        String id = UUID.randomUUID().toString();
        TopicWriter.send(Topics.INTAKE_EVENTS, id, "petition.registered.v1", UUID.randomUUID().toString(), """
                {"petitionId":"%s","registeredAt":"2026-11-20T02:00:00Z","receivedAt":"2026-11-20T01:00:00Z","channel":"LETTER",
                 "purpose":"SEEK_RESOLUTION","contentCategory":"劳动和社会保障","request":"r","factsAndReasons":"f",
                 "placeOfMatter":"%s","numberOfPeople":1,"collective":false,"petitioners":[],"accusedTarget":null,
                 "registeringOrgan":{"code":"330102-xfj","name":"上城区信访局","regionCode":"330102"},
                 "sourceSystem":"county-a","sourceReference":null,"matterId":"%s","firstTime":true}""".formatted(id, village, id));
        TopicWriter.send(Topics.INTAKE_EVENTS, id, "petition.accepted.v1", UUID.randomUUID().toString(), """
                {"petitionId":"%s","placeOfMatter":"%s","organCode":"330102-rsj","reason":null,"legalChannel":null,
                 "article":"条例 Art 23","noticeDue":"2026-11-27","timely":true,"profile":"zhejiang@2016",
                 "decidedAt":"2026-11-21T02:00:00Z","handlingDue":%s,"handlingLimit":%s}""".formatted(id, village,
                Boolean.FALSE.equals(handlingLimit) ? "null" : "\"2026-12-21\"", handlingLimit));
        return id;
    }

    private static void concluded(String id, String village, String basis, boolean resolvedAtFirstHandling) throws Exception {
        TopicWriter.send(Topics.INTAKE_EVENTS, id, "petition.concluded.v1", UUID.randomUUID().toString(), """
                {"petitionId":"%s","placeOfMatter":"%s","basis":"%s","matterId":"%s","firstTime":true,
                 "resolvedAtFirstHandling":%s,"concludedAt":"2026-11-25T02:00:00Z"}""".formatted(id, village, basis, id,
                resolvedAtFirstHandling));
    }

    @Test
    void onlyThePetitionTrackCanBeUnanswered() throws Exception {
        String village = "330102" + String.format("%06d", 100_000 + new Random().nextInt(900_000));
        String handedOver = registeredAndAccepted(village, false);
        String agreed = registeredAndAccepted(village, true);
        registeredAndAccepted(village, null); // a record from before intake published the field: the limit applies
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.of("analyst", "330000"))
                .queryParam("region", village).queryParam("from", "2026-11-20").queryParam("to", "2026-11-20")
                .get("/api/v1/reporting/indicators").then().statusCode(200)
                .body("volume.items", equalTo(3))
                .body("onTimeAnswer.unanswered", equalTo(2))
                .body("onTimeAnswer.onTime", equalTo(0)));

        // 导入 closes the other channel's matter; 一次性化解率 counts only what the petition procedure concluded.
        concluded(handedOver, village, "OWN_PROCEDURE", false);
        concluded(agreed, village, "AGREEMENT", true);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.of("analyst", "330000"))
                .queryParam("region", village).queryParam("from", "2026-11-20").queryParam("to", "2026-11-20")
                .get("/api/v1/reporting/indicators").then().statusCode(200)
                .body("firstTimeResolution.numerator", equalTo(1))
                .body("firstTimeResolution.denominator", equalTo(1)));
    }

    /** A repeat confirmed after registration (petition.matter-joined.v1) counts as a repeat in 重复信访率 from then on. */
    @Test
    void aRepeatConfirmedAfterRegistrationCountsAsARepeat() throws Exception {
        String village = "330102" + String.format("%06d", 100_000 + new Random().nextInt(900_000));
        String first = registeredAndAccepted(village, true);
        String second = registeredAndAccepted(village, true);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.of("analyst", "330000"))
                .queryParam("region", village).queryParam("from", "2026-11-20").queryParam("to", "2026-11-20")
                .get("/api/v1/reporting/indicators").then().statusCode(200)
                .body("volume.items", equalTo(2)).body("repeatRate.numerator", equalTo(0)));
        TopicWriter.send(Topics.INTAKE_EVENTS, second, "petition.matter-joined.v1", UUID.randomUUID().toString(), """
                {"petitionId":"%s","placeOfMatter":"%s","matterId":"%s","repeatOf":"%s","joinedAt":"2026-11-22T02:00:00Z"}"""
                .formatted(second, village, first, first));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.of("analyst", "330000"))
                .queryParam("region", village).queryParam("from", "2026-11-20").queryParam("to", "2026-11-20")
                .get("/api/v1/reporting/indicators").then().statusCode(200)
                .body("volume.items", equalTo(2)).body("repeatRate.numerator", equalTo(1))
                .body("repeatRate.denominator", equalTo(2)));
    }
}
