package org.petitionsuite.intake.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.testkit.TopicProbe;

/** Routing's decisions, as routing publishes them, appear on intake's petitions once each; unknown petitions are dead-lettered. */
@QuarkusTest
class RoutingDecisionsTest {
    @Inject
    EventStoreProbe store;

    private static void publishDecision(String petitionId, String ceId, String channel) throws Exception {
        String value = """
                {"petitionId":"%s","placeOfMatter":"330102","kind":"APPEAL_OR_DEMAND","channel":"%s",
                 "catalogVersion":"national@2026.1","ruleId":"labour-dispute-arbitration","article":"条例 Art 31(二)",
                 "rationale":"劳动争议","evidence":["关键词「劳动合同」"],"classifiedAt":"2026-11-21T08:00:00Z",
                 "registrationId":"r-1"}""".formatted(petitionId, channel);
        RoutingTopic.send(petitionId, value, "petition.classified.v1", ceId);
    }

    @Test
    void aDecisionIsNotedOnceOnThePetition() throws Exception {
        String id = PetitionRegistrationTest.register(Samples.details());
        String decision = UUID.randomUUID().toString();
        publishDecision(id, decision, "ARBITRATION");
        publishDecision(id, decision, "ARBITRATION");
        // A later decision on the same key: same partition, so once it shows, both copies above were consumed.
        publishDecision(id, UUID.randomUUID().toString(), "DUTY_PERFORMANCE");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(PetitionRegistrationTest.REGISTRAR).get("/api/v1/petitions/" + id).then()
                        .statusCode(200)
                        .body("classification.channel", equalTo("DUTY_PERFORMANCE"))
                        .body("classification.kind", equalTo("APPEAL_OR_DEMAND"))
                        .body("classification.article", equalTo("条例 Art 31(二)")));
        assertThat(store.eventsOf(id)).as("registered, then two distinct decisions noted once each").isEqualTo(3);
        given().auth().oauth2(PetitionRegistrationTest.REGISTRAR).queryParam("legalChannel", "DUTY_PERFORMANCE")
                .queryParam("size", 100).get("/api/v1/petitions").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void theRouteIsNotedToo() throws Exception {
        String id = PetitionRegistrationTest.register(Samples.details());
        RoutingTopic.routeTo(id, "330102-rsj", "ASSIGN", 30);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(PetitionRegistrationTest.REGISTRAR).get("/api/v1/petitions/" + id).then()
                        .body("route.organCode", equalTo("330102-rsj"))
                        .body("route.mode", equalTo("ASSIGN"))
                        .body("route.reportWithinDays", equalTo(30)));
    }

    /** Art 23 ¶3: routing's objection record becomes the organ's 异议函, once however often it is delivered. */
    @Test
    void anObjectionIsIssuedOnceAsTheOrgansLetter() throws Exception {
        String id = PetitionRegistrationTest.register(Samples.details());
        RoutingTopic.routeTo(id, "330102-rsj", "FORWARD", null);
        String objection = """
                {"petitionId":"%s","organCode":"330102-rsj","reasons":"属于劳动合同争议，应申请劳动仲裁",
                 "receivedOn":"2026-11-20","lastDay":"2026-11-27","objectedAt":"%s"}""".formatted(id, java.time.Instant.now());
        String ceId = UUID.randomUUID().toString();
        RoutingTopic.send(id, objection, "petition.routing-objected.v1", ceId);
        RoutingTopic.send(id, objection, "petition.routing-objected.v1", ceId);
        RoutingTopic.routeTo(id, "330102-zjj", "FORWARD", null); // routing's new route follows, on the same partition
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(PetitionRegistrationTest.REGISTRAR)
                .get("/api/v1/petitions/" + id).then().body("route.organCode", equalTo("330102-zjj")));
        List<String> types = given().auth().oauth2(PetitionRegistrationTest.REGISTRAR).get("/api/v1/petitions/" + id + "/documents")
                .then().statusCode(200).extract().jsonPath().getList("type");
        assertThat(types.stream().filter("OBJECTION_LETTER"::equals)).hasSize(1);
        String html = given().auth().oauth2(PetitionRegistrationTest.REGISTRAR)
                .get("/api/v1/petitions/" + id + "/documents/objection-letter-1.html").then().statusCode(200).extract().asString();
        assertThat(html).contains("信访事项异议函").contains("应申请劳动仲裁").contains("2026年11月27日前");
    }

    @Test
    void aDecisionAboutAnUnknownPetitionIsDeadLettered() throws Exception {
        String unknown = UUID.randomUUID().toString();
        try (TopicProbe deadLetters = new TopicProbe(Topics.INTAKE_DEAD_LETTERS)) {
            publishDecision(unknown, UUID.randomUUID().toString(), "ARBITRATION");
            List<ConsumerRecord<String, byte[]>> letters = deadLetters.pollUntil(
                    rs -> rs.stream().anyMatch(r -> unknown.equals(r.key())), Duration.ofSeconds(60));
            ConsumerRecord<String, byte[]> letter = letters.stream().filter(r -> unknown.equals(r.key())).findFirst().orElseThrow();
            assertThat(new String(letter.headers().lastHeader("dlq_reason").value(), StandardCharsets.UTF_8))
                    .contains("no petition " + unknown);
        }
    }
}
