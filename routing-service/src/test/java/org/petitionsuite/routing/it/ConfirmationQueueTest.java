package org.petitionsuite.routing.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.testkit.Tokens;
import org.petitionsuite.testkit.TopicProbe;
import org.petitionsuite.testkit.TopicWriter;

/**
 * The confirmation queue (issue 19 item 1) through the API: a matter no catalog rule recognises is decided by the
 * fallback with LOW confidence and waits for the petition department, which confirms it or corrects it; who may read
 * the queue and answer it is the access table in routing's README, checked for every role and relation.
 */
@QuarkusTest
class ConfirmationQueueTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUPERVISOR = Tokens.of("supervisor", "330102");

    /** A matter of 330102 in no catalog family: the fallback (petition procedure) decides it, with LOW confidence. */
    private static String registerUnrecognised(String accusedTarget) throws Exception {
        String id = UUID.randomUUID().toString();
        TopicWriter.send(Topics.INTAKE_EVENTS, id, "petition.registered.v1", UUID.randomUUID().toString(), """
                {"petitionId":"%s","registeredAt":"2026-11-21T08:00:00Z","receivedAt":"2026-11-21T07:00:00Z",
                 "channel":"LETTER","purpose":"SEEK_RESOLUTION","contentCategory":"民政与应急",
                 "request":"家中老人无人照料，请求帮助想办法","factsAndReasons":"见请求","placeOfMatter":"330102",
                 "numberOfPeople":1,"collective":false,"petitioners":[],"accusedTarget":%s,
                 "registeringOrgan":{"code":"330102-xfj","name":"上城区信访局","regionCode":"330102"},
                 "sourceSystem":"county-a","sourceReference":null,"matterId":"%s","firstTime":true}"""
                .formatted(id, accusedTarget == null ? "null" : "\"" + accusedTarget + "\"", id));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.of("analyst", "330000"))
                .get("/api/v1/routing/decisions/" + id).then().statusCode(200).body("route", not(nullValue())));
        return id;
    }

    private static boolean listed(String token, String id) {
        return AccessTable.listing(token, "/api/v1/routing/confirmations", Map.of(), id).reached();
    }

    @Test
    void aLowConfidenceDecisionWaitsIsConfirmedOnceAndIsPublished() throws Exception {
        try (TopicProbe routingTopic = new TopicProbe(Topics.ROUTING_EVENTS)) {
            String id = registerUnrecognised(null);
            given().auth().oauth2(SUPERVISOR).get("/api/v1/routing/decisions/" + id).then().statusCode(200)
                    .body("channel", equalTo("PETITION_PROCEDURE"))
                    .body("catalog.confidence", equalTo("LOW"))
                    .body("catalog.awaitingConfirmation", equalTo(true))
                    .body("catalog.confirmation", nullValue());
            assertThat(listed(SUPERVISOR, id)).as("listed in the 330102 queue").isTrue();

            given().auth().oauth2(SUPERVISOR).contentType("application/json").body("{}")
                    .post("/api/v1/routing/decisions/" + id + "/confirmation").then().statusCode(202);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(SUPERVISOR)
                    .get("/api/v1/routing/decisions/" + id).then()
                    .body("catalog.confirmation.outcome", equalTo("CONFIRMED"))
                    .body("catalog.confirmation.channel", equalTo("PETITION_PROCEDURE"))
                    .body("catalog.awaitingConfirmation", equalTo(false))
                    .body("ruleId", equalTo("petition-procedure")));
            assertThat(listed(SUPERVISOR, id)).as("answered: no longer listed").isFalse();
            // Answered once: a second answer is a conflict, not a second label.
            given().auth().oauth2(SUPERVISOR).contentType("application/json").body("{\"channel\":\"COURT_PROCEDURE\",\"reason\":\"改\"}")
                    .post("/api/v1/routing/decisions/" + id + "/confirmation").then().statusCode(409)
                    .contentType("application/problem+json");

            List<ConsumerRecord<String, byte[]>> records = routingTopic.pollUntil(rs -> rs.stream()
                    .anyMatch(r -> id.equals(r.key()) && "petition.classification-confirmed.v1".equals(TopicProbe.header(r, "ce_type"))),
                    Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> mine = records.stream().filter(r -> id.equals(r.key())).toList();
            assertThat(mine).extracting(r -> TopicProbe.header(r, "ce_type"))
                    .containsExactly("petition.classified.v1", "petition.routed.v1", "petition.classification-confirmed.v1");
            for (ConsumerRecord<String, byte[]> record : mine) {
                EventType type = EventType.fromWireName(TopicProbe.header(record, "ce_type")).orElseThrow();
                try (InputStream schema = EventType.class.getResourceAsStream(type.schemaResource())) {
                    assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                            .validate(JSON.readTree(record.value()))).as(type.wireName()).isEmpty();
                }
            }
            assertThat(JSON.readTree(mine.get(0).value()).get("confidence").asText()).isEqualTo("LOW");
        }
    }

    @Test
    void aCorrectionNeedsAReasonAndReroutesTheCatalogsChannelStaysOnRecord() throws Exception {
        String id = registerUnrecognised(null);
        String path = "/api/v1/routing/decisions/" + id + "/confirmation";
        // Bad input: a clear problem (naming the field where there is one), nothing recorded.
        Map<String, String> badAnswers = Map.of("{\"channel\":\"DUTY_PERFORMANCE\"}", "reason",
                "{\"channel\":\"NO_SUCH_CHANNEL\",\"reason\":\"x\"}", "", "{\"channel\":", "");
        badAnswers.forEach((body, field) -> {
            var problem = given().auth().oauth2(SUPERVISOR).contentType("application/json").body(body).post(path).then()
                    .statusCode(400).contentType("application/problem+json");
            if (!field.isEmpty()) {
                problem.body("errors.field", hasItem(field));
            }
        });
        assertThat(listed(SUPERVISOR, id)).as("still waiting after refused answers").isTrue();

        given().auth().oauth2(SUPERVISOR).contentType("application/json")
                .body("{\"channel\":\"DUTY_PERFORMANCE\",\"reason\":\"属于民政部门履行特困供养职责\"}")
                .post(path).then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(SUPERVISOR)
                .get("/api/v1/routing/decisions/" + id).then()
                .body("channel", equalTo("DUTY_PERFORMANCE"))
                .body("ruleId", equalTo("operator-override"))
                .body("overrideReason", equalTo("属于民政部门履行特困供养职责"))
                .body("catalog.channel", equalTo("PETITION_PROCEDURE"))
                .body("catalog.ruleId", equalTo("petition-procedure"))
                .body("catalog.confirmation.outcome", equalTo("CORRECTED"))
                .body("catalog.confirmation.channel", equalTo("DUTY_PERFORMANCE")));
        assertThat(listed(SUPERVISOR, id)).isFalse();
    }

    private static final List<String> RELATIONS = List.of("own-organ", "petition-department", "city-petition-department",
            "other-organ", "accused-organ", "other-region", "other-source");

    /**
     * S = reached (the queue lists the petition; an answer gets past access control to the aggregate, which refuses the
     * empty reason with 400), - = refused without a hint (403 or 404; for the queue, 403 or not listed). The petition
     * complains about 上城区城市管理局 (330102-cgj) and is routed to a county organ ("own-organ").
     */
    private static final String EXPECTED = """
            confirmations  registrar   - - - - - - -
            confirmations  handler     - S S - - - -
            confirmations  supervisor  S S S S - - S
            confirmations  analyst     - - - - - - -
            confirmations  integrator  - - - - - - -
            confirmations  admin       S S S S - - S
            confirm        registrar   - - - - - - -
            confirm        handler     - S S - - - -
            confirm        supervisor  S S S S - - S
            confirm        analyst     - - - - - - -
            confirm        integrator  - - - - - - -
            confirm        admin       S S S S - - S
            """;

    private static String token(String role, String relation, String routedOrgan) {
        return switch (relation) {
            case "own-organ" -> Tokens.of(role, "330102", routedOrgan, "county-a");
            case "petition-department" -> Tokens.of(role, "330102", "330102-xfj", "county-a");
            case "city-petition-department" -> Tokens.of(role, "330100", "330100-xfj", "county-a");
            case "other-organ" -> Tokens.of(role, "330102", "330102-zjj", "county-a");
            case "accused-organ" -> Tokens.of(role, "330102", "330102-cgj", "county-a");
            case "other-region" -> Tokens.of(role, "330106", "330106-xfj", "county-a");
            case "other-source" -> Tokens.of(role, "330102", null, "county-b");
            default -> throw new IllegalArgumentException(relation);
        };
    }

    @Test
    void everyRoleAndRelationMatchesTheAccessTable() throws Exception {
        String id = registerUnrecognised("上城区城管局");
        String routedOrgan = given().auth().oauth2(Tokens.of("analyst", "330000")).get("/api/v1/routing/decisions/" + id)
                .jsonPath().getString("route.organCode");
        assertThat(routedOrgan).isNotIn("330102-xfj", "330102-zjj", "330102-cgj", null);

        int[] cases = {0};
        List<String> violations = AccessTable.violations(EXPECTED, RELATIONS, (endpoint, role, relation) -> {
            String token = token(role, relation, routedOrgan);
            return endpoint.equals("confirmations")
                    ? AccessTable.listing(token, "/api/v1/routing/confirmations", Map.of(), id)
                    : AccessTable.single(given().auth().oauth2(token).contentType("application/json")
                            .body("{\"channel\":\"COURT_PROCEDURE\",\"reason\":\"\"}")
                            .post("/api/v1/routing/decisions/" + id + "/confirmation"), status -> status == 400);
        }, cases);
        assertThat(violations).as("confirmation access matrix (%d cases)", cases[0]).isEmpty();
        assertThat(cases[0]).isEqualTo(2 * 6 * 7);
        // Nothing was applied: still waiting, the catalog's channel.
        assertThat(listed(SUPERVISOR, id)).isTrue();
    }
}
