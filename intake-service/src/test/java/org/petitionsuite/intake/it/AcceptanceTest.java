package org.petitionsuite.intake.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.testkit.Tokens;
import org.petitionsuite.testkit.TopicProbe;

/** The receiving organ accepts or declines through the API (条例 Art 23); the decision is an event on Kafka. */
@QuarkusTest
class AcceptanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LABOUR_BUREAU = Tokens.handlerOf("330102", "330102-rsj");

    /**
     * A petition registered, published and routed: the tests' probes open after it and expect only the records of
     * their own steps, so the registration must be on the topic before (the publisher runs behind the API).
     */
    private static String routedPetition() throws Exception {
        return routedPetition("FORWARD", null);
    }

    private static String routedPetition(String mode, Integer reportWithinDays) throws Exception {
        String id;
        try (TopicProbe registrations = new TopicProbe(Topics.INTAKE_EVENTS)) {
            id = PetitionRegistrationTest.register(Samples.details());
            String registered = id;
            assertThat(registrations.pollUntil(rs -> rs.stream().anyMatch(r -> registered.equals(r.key())), Duration.ofSeconds(30)))
                    .as("the registration on intake's topic").anyMatch(r -> registered.equals(r.key()));
        }
        RoutingTopic.routeTo(id, "330102-rsj", mode, reportWithinDays);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(PetitionRegistrationTest.REGISTRAR)
                .get("/api/v1/petitions/" + id).then().body("route.organCode", equalTo("330102-rsj")));
        return id;
    }

    private static io.restassured.response.Response decide(String token, String id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/petitions/" + id + "/acceptance");
    }

    @Test
    void theReceivingOrganAcceptsInTimeAndTheEventIsPublished() throws Exception {
        String id = routedPetition();
        try (TopicProbe topic = new TopicProbe(Topics.INTAKE_EVENTS)) {
            // Another organ's handler: not its work, so not even visible.
            decide(Tokens.handlerOf("330102", "330102-zjj"), id, Map.of("decision", "ACCEPT")).then().statusCode(404)
                    .contentType("application/problem+json");
            decide(LABOUR_BUREAU, id, Map.of("decision", "ACCEPT")).then().statusCode(202);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(PetitionRegistrationTest.REGISTRAR)
                    .get("/api/v1/petitions/" + id).then()
                    .body("status", equalTo("ACCEPTED"))
                    .body("acceptance.timely", equalTo(true))
                    .body("acceptance.noticeDue", equalTo(RoutingTopic.NOTICE_DUE.toString())));
            ConsumerRecord<String, byte[]> accepted = first(topic, id, "petition.accepted.v1");
            assertThat(TopicProbe.header(accepted, "ce_type")).isEqualTo("petition.accepted.v1");
            assertThat(PetitionRegistrationTest.schema(EventType.PETITION_ACCEPTED_V1).validate(JSON.readTree(accepted.value()))).isEmpty();
            assertThat(JSON.readTree(accepted.value()).get("profile").asText()).isEqualTo("zhejiang@2016");
        }
        // The law allows one acceptance decision: a second one is a conflict naming the rule.
        decide(LABOUR_BUREAU, id, Map.of("decision", "DECLINE", "reason", "x", "legalChannel", "ARBITRATION", "article", "Art 31(二)"))
                .then().statusCode(409).contentType("application/problem+json").body("rule", equalTo("条例 Art 23"));
        // Art 23 ¶3, Art 34: a route to another organ after acceptance is not applied; it goes to the dead letters.
        try (TopicProbe deadLetters = new TopicProbe(Topics.INTAKE_DEAD_LETTERS)) {
            RoutingTopic.routeTo(id, "330102-zjj", "FORWARD", null);
            ConsumerRecord<String, byte[]> letter = deadLetters.pollUntil(rs -> rs.stream().anyMatch(r -> id.equals(r.key())),
                    Duration.ofSeconds(60)).stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
            assertThat(new String(letter.headers().lastHeader("dlq_reason").value(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("条例 Art 23 ¶3, Art 34");
        }
        given().auth().oauth2(PetitionRegistrationTest.REGISTRAR).get("/api/v1/petitions/" + id).then()
                .body("route.organCode", equalTo("330102-rsj")).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aDeclineNeedsReasonRuleAndChannelAndIsPublished() throws Exception {
        String id = routedPetition();
        decide(LABOUR_BUREAU, id, Map.of("decision", "DECLINE")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("reason")).body("errors.field", hasItem("legalChannel")).body("errors.field", hasItem("article"));
        try (TopicProbe topic = new TopicProbe(Topics.INTAKE_EVENTS)) {
            decide(LABOUR_BUREAU, id, Map.of("decision", "DECLINE", "reason", "劳动合同争议，应当申请劳动争议仲裁",
                    "legalChannel", "ARBITRATION", "article", "条例 Art 31(二)")).then().statusCode(202);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(PetitionRegistrationTest.REGISTRAR)
                    .get("/api/v1/petitions/" + id).then()
                    .body("status", equalTo("DECLINED"))
                    .body("acceptance.declineChannel", equalTo("ARBITRATION")));
            ConsumerRecord<String, byte[]> declined = first(topic, id, "petition.declined.v1");
            assertThat(PetitionRegistrationTest.schema(EventType.PETITION_DECLINED_V1).validate(JSON.readTree(declined.value()))).isEmpty();
        }
    }

    @Test
    void acceptExtendAndIssueTheHandlingOpinion_Art23_Art34_Art32() throws Exception {
        String id = routedPetition();
        try (TopicProbe topic = new TopicProbe(Topics.INTAKE_EVENTS)) {
            decide(LABOUR_BUREAU, id, Map.of("decision", "ACCEPT")).then().statusCode(202);
            given().auth().oauth2(LABOUR_BUREAU).contentType("application/json")
                    .body(Map.of("days", 61, "reason", "需要补充调查", "approvedBy", "局长")) // Zhejiang 2016 allows 60.post("/api/v1/petitions/" + id + "/extension")
                    .then().statusCode(409).contentType("application/problem+json").body("rule", equalTo("浙江省信访条例 Art 23"));
            given().auth().oauth2(LABOUR_BUREAU).contentType("application/json")
                    .body(Map.of("days", 15, "reason", "需要补充调查", "approvedBy", "局长")).post("/api/v1/petitions/" + id + "/extension")
                    .then().statusCode(202);
            given().auth().oauth2(LABOUR_BUREAU).contentType("application/json")
                    .body(Map.of("outcome", "SUPPORT")).post("/api/v1/petitions/" + id + "/handling-opinion")
                    .then().statusCode(400).body("errors.field", hasItem("legalBasis"));
            given().auth().oauth2(LABOUR_BUREAU).contentType("application/json")
                    .body(Map.of("outcome", "SUPPORT", "factsFound", "拖欠属实", "decision", "责令支付", "legalBasis", "《保障农民工工资支付条例》"))
                    .post("/api/v1/petitions/" + id + "/handling-opinion").then().statusCode(202);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(PetitionRegistrationTest.REGISTRAR)
                    .get("/api/v1/petitions/" + id).then()
                    .body("status", equalTo("OPINION_ISSUED"))
                    .body("handling.extensionDays", equalTo(15))
                    .body("handling.opinionOutcome", equalTo("SUPPORT"))
                    .body("handling.opinionTimely", equalTo(true)));
            List<ConsumerRecord<String, byte[]>> records = afterRouting(topic.pollUntil(rs -> afterRouting(rs, id).size() == 6,
                    Duration.ofSeconds(30)), id);
            assertThat(records).extracting(r -> TopicProbe.header(r, "ce_type"))
                    .containsExactly("petition.accepted.v1", "petition.document-issued.v1", "petition.handling-extended.v1",
                            "petition.document-issued.v1", "petition.handling-opinion-issued.v1", "petition.document-issued.v1");
            for (ConsumerRecord<String, byte[]> record : records) {
                EventType type = EventType.fromWireName(TopicProbe.header(record, "ce_type")).orElseThrow();
                assertThat(PetitionRegistrationTest.schema(type).validate(JSON.readTree(record.value()))).as(type.wireName()).isEmpty();
            }
            assertThat(new String(records.get(2).value(), StandardCharsets.UTF_8)).as("the opinion's text stays in intake")
                    .doesNotContain("拖欠属实");
        }
    }

    @Test
    void aPetitionNotYetRoutedCannotBeAccepted() {
        String id = PetitionRegistrationTest.register(Samples.details());
        PetitionRegistrationTest.awaitReadModel(id);
        decide(Tokens.of("admin", "000000"), id, Map.of("decision", "ACCEPT")).then().statusCode(409)
                .body("rule", equalTo("条例 Art 22 ¶1"));
    }

    /** Art 22 ¶1(三): the organ a matter was assigned to submits its 办结报告 once it decided, and only that organ. */
    @Test
    void anAssignedOrganSubmitsItsCompletionReport_Art22() throws Exception {
        String id = routedPetition("ASSIGN", 30);
        String report = "/api/v1/petitions/" + id + "/completion-report";
        Map<String, String> body = Map.of("summary", "经调查，拖欠工资属实，已责令公司十日内支付。");
        given().auth().oauth2(LABOUR_BUREAU).contentType("application/json").body(body).post(report).then().statusCode(409)
                .contentType("application/problem+json").body("rule", equalTo("条例 Art 22 ¶1(三)"));
        decide(LABOUR_BUREAU, id, Map.of("decision", "ACCEPT")).then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(PetitionRegistrationTest.REGISTRAR)
                .get("/api/v1/petitions/" + id).then().body("status", equalTo("ACCEPTED")));
        // Another organ's handler does not even see the petition.
        given().auth().oauth2(Tokens.handlerOf("330102", "330102-zjj")).contentType("application/json").body(body).post(report)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(LABOUR_BUREAU).contentType("application/json").body(Map.of("summary", " ")).post(report).then()
                .statusCode(400).body("errors.field", hasItem("summary"));
        given().auth().oauth2(LABOUR_BUREAU).contentType("application/json").body(body).post(report).then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(PetitionRegistrationTest.REGISTRAR)
                .get("/api/v1/petitions/" + id + "/documents").then().body("type", hasItem("COMPLETION_REPORT")));
        String html = given().auth().oauth2(PetitionRegistrationTest.REGISTRAR)
                .get("/api/v1/petitions/" + id + "/documents/completion-report-1.html").then().statusCode(200).extract().asString();
        assertThat(html).contains("信访事项办结报告").contains("要求30日内反馈结果").contains("已责令公司十日内支付");
        given().auth().oauth2(LABOUR_BUREAU).contentType("application/json").body(body).post(report).then().statusCode(409);
    }

    /**
     * The petition's first record of {@code type}, waited for: records of its registration and route may reach the topic
     * after a probe opened for the steps that follow, before or after the one wanted.
     */
    private static ConsumerRecord<String, byte[]> first(TopicProbe topic, String id, String type) {
        return topic.pollUntil(rs -> rs.stream().anyMatch(r -> id.equals(r.key()) && type.equals(TopicProbe.header(r, "ce_type"))),
                        Duration.ofSeconds(30)).stream()
                .filter(r -> id.equals(r.key()) && type.equals(TopicProbe.header(r, "ce_type"))).findFirst().orElseThrow();
    }

    /**
     * The petition's records after its route: the forwarding slip and the petitioner's route notice are issued when
     * the route is noted and may reach the topic after a probe opened for the steps that follow.
     */
    private static List<ConsumerRecord<String, byte[]>> afterRouting(List<ConsumerRecord<String, byte[]>> records, String id) {
        return records.stream().filter(r -> id.equals(r.key())).filter(r -> {
            if (!"petition.document-issued.v1".equals(TopicProbe.header(r, "ce_type"))) {
                return true;
            }
            try {
                String type = JSON.readTree(r.value()).get("type").asText();
                return !List.of("FORWARDING_SLIP", "ASSIGNMENT_SLIP", "ROUTE_NOTICE").contains(type);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }
}
