package org.petitionsuite.routing.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.testkit.Tokens;
import org.petitionsuite.testkit.TopicProbe;
import org.petitionsuite.testkit.TopicWriter;
import org.petitionsuite.testkit.Traces;

/**
 * A registration on intake's topic is classified: the decision explains itself in routing's API and is published;
 * a redelivery decides nothing new; a poison record is dead-lettered and the consumer goes on. Real broker, real
 * PostgreSQL; the registrations are written to the topic as intake writes them.
 */
@QuarkusTest
class ClassificationFlowTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;



    /** A petition.registered.v1 record as intake publishes it. */
    private String publishRegistration(String petitionId, String ceId, String purpose, String category, String request,
                                       String place) throws Exception {
        return publishRegistration(petitionId, ceId, purpose, category, request, place, null, place);
    }

    private String publishRegistration(String petitionId, String ceId, String purpose, String category, String request,
                                       String place, String pseudonym, String registeringRegion) throws Exception {
        return publishRegistration(petitionId, ceId, purpose, category, request, place, pseudonym, registeringRegion, petitionId);
    }

    /** @param matterId intake's matter: the petition's own id for a first petition, the earlier one's for a repeat */
    private String publishRegistration(String petitionId, String ceId, String purpose, String category, String request,
                                       String place, String pseudonym, String registeringRegion, String matterId)
            throws Exception {
        String value = """
                {"petitionId":"%s","registeredAt":"2026-11-21T08:00:00Z","receivedAt":"2026-11-21T07:00:00Z",
                 "channel":"LETTER","purpose":"%s","contentCategory":"%s","request":"%s","factsAndReasons":"见请求",
                 "placeOfMatter":"%s","numberOfPeople":1,"collective":false,
                 "petitioners":[{"pseudonym":%s,"representative":false,"confidentialityRequested":false}],
                 "accusedTarget":null,"registeringOrgan":{"code":"x","name":"某信访局","regionCode":"%s"},
                 "sourceSystem":"test","sourceReference":null,"matterId":"%s","firstTime":%s}""".formatted(petitionId,
                purpose, category, request, place, pseudonym == null ? "null" : "\"" + pseudonym + "\"", registeringRegion,
                matterId, matterId.equals(petitionId));
        send(petitionId, value, "petition.registered.v1", ceId);
        return petitionId;
    }

    /** intake's petition.accepted.v1 for 330102-rsj, now, and routing's note of it. */
    private void acceptedByTheLabourBureau(String petitionId) throws Exception {
        send(petitionId, """
                {"petitionId":"%s","placeOfMatter":"330102","organCode":"330102-rsj","reason":null,"legalChannel":null,
                 "article":"条例 Art 23","noticeDue":"2026-12-01","timely":true,"profile":"zhejiang@2016",
                 "decidedAt":"%s"}""".formatted(petitionId, Instant.now()), "petition.accepted.v1", UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> acceptedAtOf(petitionId) != null);
    }

    private Instant acceptedAtOf(String petitionId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT accepted_at FROM routing_decision WHERE petition_id = ?")) {
            s.setString(1, petitionId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getTimestamp(1) != null ? r.getTimestamp(1).toInstant() : null;
            }
        }
    }

    private static void send(String key, String value, String type, String ceId) throws Exception {
        TopicWriter.send(Topics.INTAKE_EVENTS, key, type, ceId, value);
    }

    private long storedEventsOf(String petitionId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")) {
            s.setString(1, petitionId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Every record of the petition on routing's topic validates against the schema its ce_type names. */
    private static void assertEveryRecordMatchesItsSchema(List<ConsumerRecord<String, byte[]>> records) throws Exception {
        assertThat(records).isNotEmpty();
        for (ConsumerRecord<String, byte[]> record : records) {
            EventType type = EventType.fromWireName(TopicProbe.header(record, "ce_type")).orElseThrow();
            try (InputStream schema = EventType.class.getResourceAsStream(type.schemaResource())) {
                assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                        .validate(JSON.readTree(record.value()))).as(type.wireName()).isEmpty();
            }
        }
    }

    private static void awaitDecision(String petitionId) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.of("analyst", "330000"))
                .get("/api/v1/routing/decisions/" + petitionId).then().statusCode(200));
    }

    @Test
    void theRegistrationsTraceContinuesOnTheDecisions() throws Exception {
        String id = UUID.randomUUID().toString();
        String traceId = Traces.newTraceId();
        String value = """
                {"petitionId":"%s","registeredAt":"2026-11-21T08:00:00Z","receivedAt":"2026-11-21T07:00:00Z",
                 "channel":"ONLINE","purpose":"SEEK_RESOLUTION","contentCategory":"劳动和社会保障_工资拖欠",
                 "request":"请求督促支付拖欠工资","factsAndReasons":"见请求","placeOfMatter":"330102","numberOfPeople":1,
                 "collective":false,"petitioners":[],"accusedTarget":null,
                 "registeringOrgan":{"code":"x","name":"某信访局","regionCode":"330102"},"sourceSystem":"test",
                 "sourceReference":null,"matterId":"%s","firstTime":true}""".formatted(id, id);
        try (TopicProbe routingTopic = new TopicProbe(Topics.ROUTING_EVENTS)) {
            TopicWriter.send(Topics.INTAKE_EVENTS, id, "petition.registered.v1", UUID.randomUUID().toString(), value,
                    Traces.traceparent(traceId));
            List<ConsumerRecord<String, byte[]>> decisions = routingTopic.pollUntil(
                    rs -> rs.stream().filter(r -> id.equals(r.key())).count() == 2, Duration.ofSeconds(30))
                    .stream().filter(r -> id.equals(r.key())).toList();
            assertThat(decisions).extracting(r -> Traces.traceIdOf(TopicProbe.header(r, "traceparent")))
                    .as("classified and routed carry the registration's trace").containsExactly(traceId, traceId);
        }
        // What an operator watches: decisions per legal channel, the processors' backlog, the consumer's lag.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(given().get("/q/metrics").asString())
                .containsPattern("routing_decisions\\{channel=\"[A-Z_]+\"[^}]*} [1-9]")
                .containsPattern("axon_processor_backlog\\{[^}]*processor=\"[^\"]+\"[^}]*} [0-9]")
                .contains("kafka_consumer_fetch_manager_records_lag_max{"));
    }

    @Test
    void aRegistrationIsClassifiedRoutedExplainedAndPublished() throws Exception {
        String id = UUID.randomUUID().toString();
        try (TopicProbe routingTopic = new TopicProbe(Topics.ROUTING_EVENTS)) {
            publishRegistration(id, UUID.randomUUID().toString(), "SEEK_RESOLUTION", "劳动和社会保障",
                    "公司未签订劳动合同即将我辞退，请求支付经济补偿", "330102");
            awaitDecision(id);
            given().auth().oauth2(Tokens.of("analyst", "330102")).get("/api/v1/routing/decisions/" + id).then()
                    .statusCode(200)
                    .body("kind", equalTo("APPEAL_OR_DEMAND"))
                    .body("channel", equalTo("ARBITRATION"))
                    .body("leavesThePetitionProcedure", equalTo(true))
                    .body("ruleId", equalTo("labour-dispute-arbitration"))
                    .body("catalogVersion", equalTo("national@2026.3+zhejiang@2026.1-zj.1"))
                    .body("article", equalTo("条例 Art 31(二)"))
                    .body("evidence", hasItem(org.hamcrest.Matchers.startsWith("关键词「劳动合同」「辞退」")))
                    .body("catalog.confidence", equalTo("HIGH"))
                    .body("catalog.awaitingConfirmation", equalTo(false))
                    .body("route.organCode", equalTo("330100-ldzc"))
                    .body("route.mode", equalTo("FORWARD"))
                    .body("route.article", equalTo("条例 Art 22 ¶1(一)(二)"));
            // Another county never sees it.
            given().auth().oauth2(Tokens.of("analyst", "330106")).get("/api/v1/routing/decisions/" + id).then().statusCode(404);

            List<ConsumerRecord<String, byte[]>> records = routingTopic.pollUntil(
                    rs -> rs.stream().filter(r -> id.equals(r.key())).count() == 2, Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> published = records.stream().filter(r -> id.equals(r.key())).toList();
            assertThat(published).extracting(r -> TopicProbe.header(r, "ce_type"))
                    .containsExactly("petition.classified.v1", "petition.routed.v1");
            assertEveryRecordMatchesItsSchema(published);
        }
    }

    @Test
    void aRedeliveredRegistrationYieldsOneDecision() throws Exception {
        String id = UUID.randomUUID().toString();
        String ceId = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            publishRegistration(id, ceId, "OPINION_OR_SUGGESTION", "交通运输", "建议增设公交站点", "330102");
        }
        awaitDecision(id);
        // A registration sent after the three copies is classified only once they are all handled (same partition).
        String marker = publishRegistration(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "OTHER", "其他", "其他事项", "330102");
        awaitDecision(marker);
        assertThat(storedEventsOf(id)).as("one decision: matter recorded, classified, routed").isEqualTo(3);
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheConsumerGoesOn() throws Exception {
        String poisonKey = UUID.randomUUID().toString();
        try (TopicProbe deadLetters = new TopicProbe(Topics.ROUTING_DEAD_LETTERS)) {
            send(poisonKey, "{ this is not json", "petition.registered.v1", UUID.randomUUID().toString());
            String afterwards = publishRegistration(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    "REPORT_OR_ACCUSATION", "城乡建设", "举报某局局长收受开发商好处", "330102");
            List<ConsumerRecord<String, byte[]>> letters = deadLetters.pollUntil(
                    rs -> rs.stream().anyMatch(r -> poisonKey.equals(r.key())), Duration.ofSeconds(60));
            ConsumerRecord<String, byte[]> letter = letters.stream().filter(r -> poisonKey.equals(r.key())).findFirst().orElseThrow();
            assertThat(TopicProbe.header(letter, "dlq_reason"))
                    .startsWith("value is not a petition.registered.v1");
            assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{ this is not json");
            awaitDecision(afterwards);
            given().auth().oauth2(Tokens.of("analyst", "330000")).get("/api/v1/routing/decisions/" + afterwards).then()
                    .body("channel", equalTo("DISCIPLINE_INSPECTION"));
        }
        given().get("/q/metrics").then().body(org.hamcrest.Matchers.containsString("consumer_petition_intake_events_records_total{outcome=\"dead_lettered\""));
    }

    @Test
    void theCatalogInForceIsReadable() {
        given().auth().oauth2(Tokens.of("analyst", "330000")).queryParam("place", "330102").get("/api/v1/routing/catalog")
                .then().statusCode(200)
                .body("version", equalTo("national@2026.3+zhejiang@2026.1-zj.1"))
                .body("rules.id", hasItem("zj-collective-income"));
        given().auth().oauth2(Tokens.of("analyst", "330000")).queryParam("place", "99").get("/api/v1/routing/catalog")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("query.place"));
        given().get("/api/v1/routing/catalog").then().statusCode(401);
    }

    @Test
    void aDraftCatalogIsTriedOnPastPetitionsWithoutChangingThem() throws Exception {
        // A village of the test's own: the what-if of its supervisor replays its petitions only (the caller's region).
        String village = "330102" + String.format("%06d", new java.util.Random().nextInt(1_000_000));
        String id = publishRegistration(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "SEEK_RESOLUTION",
                "劳动和社会保障_工资拖欠", "请求督促某公司支付七月工资", village);
        awaitDecision(id);
        String national = given().auth().oauth2(Tokens.of("analyst", "330000")).get("/api/v1/routing/catalog/files")
                .then().statusCode(200).extract().path("find { it.name == 'catalog/national.yaml' }.text");
        String draft = national.replace("contentCategories: [劳动和社会保障_工资拖欠]", "contentCategories: [劳动和社会保障_欠薪]");
        given().auth().oauth2(Tokens.of("supervisor", village)).contentType("application/json")
                .body(java.util.Map.of("national", draft, "overlays", List.of()))
                .post("/api/v1/routing/catalog/what-if").then().statusCode(200)
                .body("petitionsCompared", equalTo(1))
                .body("decisionsChanged", equalTo(1))
                .body("examples.petitionId", hasItem(id));
        given().auth().oauth2(Tokens.of("analyst", "330000")).get("/api/v1/routing/decisions/" + id).then()
                .body("channel", equalTo("DUTY_PERFORMANCE"));
        given().auth().oauth2(Tokens.of("supervisor", "330000")).contentType("application/json")
                .body(java.util.Map.of("national", "catalog: national\nversion: x\nrules: []\n"))
                .post("/api/v1/routing/catalog/what-if").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("national"));
        given().auth().oauth2(Tokens.of("registrar", "330000")).contentType("application/json")
                .body(java.util.Map.of("national", draft)).post("/api/v1/routing/catalog/what-if").then().statusCode(403);
        // Another region's analyst replays only its own region's decisions; a token without a region none at all.
        given().auth().oauth2(Tokens.of("analyst", "330106")).contentType("application/json")
                .body(java.util.Map.of("national", draft, "overlays", List.of()))
                .post("/api/v1/routing/catalog/what-if").then().statusCode(200)
                .body("examples.petitionId", not(hasItem(id)));
        given().auth().oauth2(io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).subject("no-region")
                        .groups(java.util.Set.of("analyst")).sign()).contentType("application/json")
                .body(java.util.Map.of("national", draft, "overlays", List.of()))
                .post("/api/v1/routing/catalog/what-if").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aSupervisorOverridesADecisionWithAReason() throws Exception {
        TopicProbe routingTopic = new TopicProbe(Topics.ROUTING_EVENTS);
        String id = publishRegistration(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "SEEK_RESOLUTION",
                "城乡建设", "邻居搭建违章建筑，请求查处", "330102");
        awaitDecision(id);
        String supervisor = Tokens.of("supervisor", "330102");
        given().auth().oauth2(supervisor).contentType("application/json")
                .body(java.util.Map.of("organCode", "330102-cgj")).post("/api/v1/routing/decisions/" + id + "/override")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("reason"));
        given().auth().oauth2(Tokens.of("analyst", "330102")).contentType("application/json")
                .body(java.util.Map.of("organCode", "330102-cgj", "reason", "x")).post("/api/v1/routing/decisions/" + id + "/override")
                .then().statusCode(403);
        given().auth().oauth2(supervisor).contentType("application/json")
                .body(java.util.Map.of("organCode", "330102-cgj", "reason", "违法建设由城管部门查处"))
                .post("/api/v1/routing/decisions/" + id + "/override").then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(supervisor)
                .get("/api/v1/routing/decisions/" + id).then()
                .body("route.organCode", equalTo("330102-cgj"))
                .body("ruleId", equalTo("operator-override"))
                .body("overrideReason", equalTo("违法建设由城管部门查处")));
        try (routingTopic) {
            List<ConsumerRecord<String, byte[]>> records = routingTopic.pollUntil(
                    rs -> rs.stream().filter(r -> id.equals(r.key())).count() == 5, Duration.ofSeconds(30)).stream()
                    .filter(r -> id.equals(r.key())).toList();
            assertThat(records).extracting(r -> TopicProbe.header(r, "ce_type"))
                    .containsExactly("petition.classified.v1", "petition.routed.v1", "petition.routing-overridden.v1",
                            "petition.classified.v1", "petition.routed.v1");
            assertEveryRecordMatchesItsSchema(records);
        }
    }

    @Test
    void theReceivingOrganObjectsThroughTheApi() throws Exception {
        TopicProbe routingTopic = new TopicProbe(Topics.ROUTING_EVENTS);
        String id = publishRegistration(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "SEEK_RESOLUTION",
                "劳动和社会保障_工资拖欠", "请求督促某公司支付七月工资", "330102");
        awaitDecision(id);
        // Another organ's handler does not see the decision at all (its organ's work only).
        given().auth().oauth2(Tokens.handlerOf("330102", "330102-zjj")).contentType("application/json")
                .body(java.util.Map.of("reasons", "不属本局")).post("/api/v1/routing/decisions/" + id + "/objection")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("handler", "330102")).contentType("application/json")
                .body(java.util.Map.of("reasons", "不属本局")).post("/api/v1/routing/decisions/" + id + "/objection")
                .then().statusCode(403);
        // The receiving organ disagrees by objecting (Art 23 ¶3), not by overriding: routing is the petition department's.
        given().auth().oauth2(Tokens.handlerOf("330102", "330102-rsj")).contentType("application/json")
                .body(java.util.Map.of("channel", "ARBITRATION", "reason", "应当仲裁")).post("/api/v1/routing/decisions/" + id + "/override")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.handlerOf("330102", "330102-rsj")).contentType("application/json")
                .body(java.util.Map.of("reasons", "欠薪查处属于劳动保障监察大队")).post("/api/v1/routing/decisions/" + id + "/objection")
                .then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.of("analyst", "330102"))
                .get("/api/v1/routing/decisions/" + id).then()
                .body("route.organCode", equalTo("330102-xfj"))
                .body("route.flags", hasItem("NO_COMPETENT_ORGAN")));
        try (routingTopic) {
            List<ConsumerRecord<String, byte[]>> records = routingTopic.pollUntil(
                    rs -> rs.stream().filter(r -> id.equals(r.key())).count() == 4, Duration.ofSeconds(30)).stream()
                    .filter(r -> id.equals(r.key())).toList();
            assertThat(records).extracting(r -> TopicProbe.header(r, "ce_type"))
                    .containsExactly("petition.classified.v1", "petition.routed.v1", "petition.routing-objected.v1",
                            "petition.routed.v1");
            assertEveryRecordMatchesItsSchema(records);
        }
    }

    /**
     * 条例 Art 30 ¶3 through the API: a complaint about the county labour bureau, classified as duty performance,
     * never reaches that bureau; its handler gets 404 on the decision and cannot object; a supervisor cannot route it
     * there by changing the channel or naming the organ; a handler of another organ cannot override at all.
     */
    @Test
    void theAccusedOrganNeitherSeesNorMovesTheMatter() throws Exception {
        String id = UUID.randomUUID().toString();
        String value = """
                {"petitionId":"%s","registeredAt":"2026-11-21T08:00:00Z","receivedAt":"2026-11-21T07:00:00Z",
                 "channel":"LETTER","purpose":"SEEK_RESOLUTION","contentCategory":"劳动和社会保障_工资拖欠",
                 "request":"请求督促公司支付拖欠工资，区人社局推诿不作为","factsAndReasons":"见请求","placeOfMatter":"330102",
                 "numberOfPeople":1,"collective":false,"petitioners":[],"accusedTarget":null,
                 "registeringOrgan":{"code":"330102-xfj","name":"上城区信访局","regionCode":"330102"},
                 "sourceSystem":"test","sourceReference":null,"matterId":"%s","firstTime":true,
                 "complainedOrgans":[{"code":"330102-rsj","name":"上城区人社局"}]}""".formatted(id, id);
        send(id, value, "petition.registered.v1", UUID.randomUUID().toString());
        awaitDecision(id);
        given().auth().oauth2(Tokens.of("analyst", "330102")).get("/api/v1/routing/decisions/" + id).then()
                .body("route.organCode", not(equalTo("330102-rsj")))
                .body("route.flags", hasItem("ACCUSED_ORGAN_EXCLUDED"));
        String accused = Tokens.handlerOf("330102", "330102-rsj");
        given().auth().oauth2(accused).get("/api/v1/routing/decisions/" + id).then().statusCode(404);
        given().auth().oauth2(accused).contentType("application/json").body(java.util.Map.of("reasons", "不属本局"))
                .post("/api/v1/routing/decisions/" + id + "/objection").then().statusCode(404);
        given().auth().oauth2(accused).queryParam("size", 100).get("/api/v1/routing/queue").then().statusCode(200)
                .body("items.petitionId", not(hasItem(id)));
        String supervisor = Tokens.of("supervisor", "330102");
        given().auth().oauth2(supervisor).contentType("application/json")
                .body(java.util.Map.of("organCode", "330102-rsj", "channel", "PETITION_PROCEDURE", "reason", "就近处理"))
                .post("/api/v1/routing/decisions/" + id + "/override").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("organCode"));
        given().auth().oauth2(Tokens.handlerOf("330102", "330102-zjj")).contentType("application/json")
                .body(java.util.Map.of("channel", "DUTY_PERFORMANCE", "reason", "改判")).post("/api/v1/routing/decisions/" + id + "/override")
                .then().statusCode(404);
        // Changing the channel only: the directory chooses again, and still not the accused bureau. The place's petition
        // department may do it as well as a supervisor.
        given().auth().oauth2(Tokens.handlerOf("330102", "330102-xfj")).contentType("application/json")
                .body(java.util.Map.of("channel", "PETITION_PROCEDURE", "reason", "按信访程序办理"))
                .post("/api/v1/routing/decisions/" + id + "/override").then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(supervisor)
                .get("/api/v1/routing/decisions/" + id).then()
                .body("channel", equalTo("PETITION_PROCEDURE"))
                .body("route.organCode", not(equalTo("330102-rsj"))));
    }

    /**
     * 个人信息保护法 Art 47: once intake erases the petition's personal data, routing's read model keeps no text, accused
     * target or pseudonym of it, a rebuild would give the same (the erasure is in routing's own store), and the organ
     * the accused target named stays excluded (Art 30 ¶3) although its name is gone.
     */
    @Test
    void anErasureLeavesRoutingNoTextTargetOrPseudonymAndTheAccusedOrganExcluded() throws Exception {
        String id = UUID.randomUUID().toString();
        String pseudonym = "pseudonym-" + id;
        String value = """
                {"petitionId":"%s","registeredAt":"2026-11-21T08:00:00Z","receivedAt":"2026-11-21T07:00:00Z",
                 "channel":"LETTER","purpose":"REPORT_OR_ACCUSATION","contentCategory":"纪检监察",
                 "request":"反映上城区纪委干部钱某某收受好处","factsAndReasons":"钱某某在望江街道某饭店收受现金","placeOfMatter":"330102",
                 "numberOfPeople":1,"collective":false,
                 "petitioners":[{"pseudonym":"%s","representative":false,"confidentialityRequested":true}],
                 "accusedTarget":"上城区纪委钱某某","registeringOrgan":{"code":"330102-xfj","name":"上城区信访局","regionCode":"330102"},
                 "sourceSystem":"test","sourceReference":null,"matterId":"%s","firstTime":true}""".formatted(id, pseudonym, id);
        send(id, value, "petition.registered.v1", UUID.randomUUID().toString());
        awaitDecision(id);
        assertThat(decisionRow(id)).contains("钱某某", pseudonym);

        String erasure = "{\"petitionId\":\"%s\",\"erasedAt\":\"2026-11-22T08:00:00Z\"}".formatted(id);
        send(id, erasure, "petition.personal-data-erased.v1", UUID.randomUUID().toString());
        send(id, erasure, "petition.personal-data-erased.v1", UUID.randomUUID().toString()); // redelivered: once
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(decisionRow(id))
                .doesNotContain("钱某某", "望江街道", pseudonym).contains("已删除"));
        assertThat(storedEventsOf(id)).isEqualTo(4); // matter, classification, route, erasure
        given().auth().oauth2(Tokens.of("supervisor", "330102")).contentType("application/json")
                .body(java.util.Map.of("organCode", "330102-jw", "reason", "就近处理"))
                .post("/api/v1/routing/decisions/" + id + "/override").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("organCode"));
    }

    /** The petition's row of routing's read model, every column as text. */
    private String decisionRow(String petitionId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT d::text FROM routing_decision d WHERE petition_id = ?")) {
            s.setString(1, petitionId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        }
    }

    /** 条例 Art 23 ¶3, Art 34: once the receiving organ accepted, neither an override nor its objection moves the petition. */
    @Test
    void afterAcceptanceTheRouteIsNotOverriddenOrObjectedTo() throws Exception {
        String id = publishRegistration(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "SEEK_RESOLUTION",
                "劳动和社会保障_工资拖欠", "请求督促公司支付拖欠的工资", "330102");
        awaitDecision(id);
        acceptedByTheLabourBureau(id);
        long stored = storedEventsOf(id);
        given().auth().oauth2(Tokens.of("supervisor", "330102")).contentType("application/json")
                .body(java.util.Map.of("organCode", "330102-zjj", "reason", "改由住建局办理"))
                .post("/api/v1/routing/decisions/" + id + "/override").then().statusCode(409)
                .contentType("application/problem+json").body("rule", equalTo("条例 Art 23 ¶3, Art 34"));
        given().auth().oauth2(Tokens.handlerOf("330102", "330102-rsj")).contentType("application/json")
                .body(java.util.Map.of("reasons", "不属本局职责")).post("/api/v1/routing/decisions/" + id + "/objection")
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(storedEventsOf(id)).isEqualTo(stored);
        given().auth().oauth2(Tokens.of("analyst", "330000")).get("/api/v1/routing/decisions/" + id).then()
                .body("route.organCode", equalTo("330102-rsj"));
    }

    /**
     * A place the directory knows no organ or petition department for (a village of 北京市东城区 in a Hangzhou
     * directory) is never silent: the petition waits in the needs-routing list of the supervisors whose region holds
     * it, is counted by routing_unrouted_petitions, and leaves the list once a person routes it.
     */
    @Test
    void aPetitionNobodyCanReceiveWaitsInTheNeedsRoutingList() throws Exception {
        String place = "110101" + String.format("%06d", 100_000 + new java.util.Random().nextInt(900_000));
        String id = publishRegistration(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "SEEK_RESOLUTION",
                "劳动和社会保障_工资拖欠", "请求督促公司支付拖欠的工资", place);
        String beijing = Tokens.of("supervisor", "110000");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(beijing)
                .queryParam("size", 100).get("/api/v1/routing/unrouted").then().statusCode(200)
                .body("items.petitionId", hasItem(id)));
        given().auth().oauth2(Tokens.of("analyst", "000000")).get("/api/v1/routing/decisions/" + id).then()
                .body("route.organCode", org.hamcrest.Matchers.nullValue())
                .body("route.flags", hasItem("NO_COMPETENT_ORGAN"));
        // Not another region's business, not a handler's, and bad paging is named.
        given().auth().oauth2(Tokens.of("supervisor", "330000")).queryParam("size", 100).get("/api/v1/routing/unrouted")
                .then().statusCode(200).body("items.petitionId", not(hasItem(id)));
        given().auth().oauth2(Tokens.handlerOf("110101", "330102-rsj")).get("/api/v1/routing/unrouted").then().statusCode(403);
        given().auth().oauth2(beijing).queryParam("size", 0).get("/api/v1/routing/unrouted").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("query.size"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(given().get("/q/metrics").then().extract()
                .asString()).containsPattern("routing_unrouted_petitions\\{province=\"11\"[^}]*\\} [1-9]"));

        // The petition department of the province, once the directory has none for the place, routes it by hand.
        given().auth().oauth2(Tokens.of("admin", "000000")).contentType("application/json")
                .body(java.util.Map.of("organCode", "330000-xfj", "reason", "暂由省信访局协调")).post("/api/v1/routing/decisions/" + id + "/override")
                .then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(beijing)
                .queryParam("size", 100).get("/api/v1/routing/unrouted").then().body("items.petitionId", not(hasItem(id))));
    }

    @Test
    void anAuthoritySeesItsWorkQueue() throws Exception {
        String first = publishRegistration(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "SEEK_RESOLUTION",
                "生态环境_噪声污染", "工地夜间施工噪声扰民", "330102");
        String second = publishRegistration(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "SEEK_RESOLUTION",
                "生态环境", "化工厂偷排污水，请求查处", "330102");
        awaitDecision(first);
        awaitDecision(second);
        // A handler of the environment bureau sees both in its queue (its own organ, from the token).
        given().auth().oauth2(Tokens.handlerOf("330102", "330102-hbj")).queryParam("size", 100).get("/api/v1/routing/queue").then()
                .statusCode(200)
                .body("organCode", equalTo("330102-hbj"))
                .body("items.petitionId", org.hamcrest.Matchers.hasItems(first, second))
                .body("items.find { it.petitionId == '" + first + "' }.mode", equalTo("FORWARD"));
        // Another county's user sees none of them.
        given().auth().oauth2(Tokens.of("supervisor", "330106")).queryParam("organ", "330102-hbj").get("/api/v1/routing/queue")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.of("supervisor", "330102")).get("/api/v1/routing/queue").then().statusCode(400)
                .body("errors.field", hasItem("query.organ"));
        given().auth().oauth2(Tokens.of("supervisor", "330102")).queryParam("organ", "nobody").get("/api/v1/routing/queue")
                .then().statusCode(400);
    }

    @Test
    void theSameMatterRaisedAboveAfterAcceptanceBelowGoesBackToTheAcceptingOrgan_Art19() throws Exception {
        String pseudonym = UUID.randomUUID().toString().replace("-", "").repeat(2);
        String below = publishRegistration(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "SEEK_RESOLUTION",
                "劳动和社会保障_工资拖欠", "请求督促公司支付拖欠的工资", "330102", pseudonym, "330102");
        awaitDecision(below);
        acceptedByTheLabourBureau(below);

        String above = publishRegistration(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "SEEK_RESOLUTION",
                "劳动和社会保障", "公司一直拖欠工资，区里没解决", "330102", pseudonym, "330100");
        awaitDecision(above);
        given().auth().oauth2(Tokens.of("analyst", "330000")).get("/api/v1/routing/decisions/" + above).then()
                .body("route.organCode", equalTo("330102-rsj"))
                .body("route.flags", hasItem("ALREADY_ACCEPTED_BELOW"))
                .body("route.article", equalTo("条例 Art 19 ¶3"));
        // Another petitioner raising the same kind of matter at the city is routed as usual.
        String other = publishRegistration(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "SEEK_RESOLUTION",
                "劳动和社会保障", "公司一直拖欠工资", "330102", "b".repeat(64), "330100");
        awaitDecision(other);
        given().auth().oauth2(Tokens.of("analyst", "330000")).get("/api/v1/routing/decisions/" + other).then()
                .body("route.flags", org.hamcrest.Matchers.not(hasItem("ALREADY_ACCEPTED_BELOW")));
    }

    @Test
    void aMatterWhoseReReviewIsConcludedIsFlaggedNotToBeAcceptedAgain_Art36() throws Exception {
        String first = publishRegistration(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "SEEK_RESOLUTION",
                "劳动和社会保障_工资拖欠", "请求督促公司支付拖欠的工资", "330102");
        awaitDecision(first);
        String reReview = """
                {"petitionId":"%s","placeOfMatter":"330102","level":"%s","organCode":"330100-xfj","outcome":"UPHOLD",
                 "due":"2026-12-01","timely":true,"servedOn":"2026-11-21","nextRequestDue":null,"matterId":"%s",
                 "profile":"zhejiang@2016","issuedAt":"%s"}""";
        // A review (复查) opinion leaves the matter open; only the re-review (复核) concludes it.
        send(first, reReview.formatted(first, "REVIEW", first, "2026-10-01T08:00:00Z"), "petition.review-opinion-issued.v1", UUID.randomUUID().toString());
        String afterReview = publishRegistration(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                "SEEK_RESOLUTION", "劳动和社会保障_工资拖欠", "仍然要求支付工资", "330102", null, "330102", first);
        awaitDecision(afterReview);
        given().auth().oauth2(Tokens.of("analyst", "330000")).get("/api/v1/routing/decisions/" + afterReview).then()
                .body("route.flags", org.hamcrest.Matchers.not(hasItem("RE_REVIEW_CONCLUDED")));

        String ceId = UUID.randomUUID().toString();
        send(first, reReview.formatted(first, "RE_REVIEW", first, "2026-11-21T08:00:00Z"), "petition.review-opinion-issued.v1", ceId);
        send(first, reReview.formatted(first, "RE_REVIEW", first, "2026-11-21T08:00:00Z"), "petition.review-opinion-issued.v1", ceId);
        await().atMost(Duration.ofSeconds(30)).until(() -> reReviewMatterOf(first) != null);
        assertThat(reReviewMatterOf(first)).isEqualTo(first);

        String again = publishRegistration(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "SEEK_RESOLUTION",
                "劳动和社会保障_工资拖欠", "复核后仍以同一事实和理由要求支付工资", "330102", null, "330102", first);
        awaitDecision(again);
        given().auth().oauth2(Tokens.of("analyst", "330000")).get("/api/v1/routing/decisions/" + again).then()
                .body("route.organCode", equalTo("330100-xfj"))
                .body("route.flags", hasItem("RE_REVIEW_CONCLUDED"))
                .body("route.article", equalTo("条例 Art 36 ¶3"))
                .body("route.rationale", org.hamcrest.Matchers.containsString(first));
        // A new matter of the same kind is routed as usual.
        String fresh = publishRegistration(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "SEEK_RESOLUTION",
                "劳动和社会保障_工资拖欠", "请求督促另一家公司支付工资", "330102");
        awaitDecision(fresh);
        given().auth().oauth2(Tokens.of("analyst", "330000")).get("/api/v1/routing/decisions/" + fresh).then()
                .body("route.organCode", equalTo("330102-rsj"))
                .body("route.flags", org.hamcrest.Matchers.not(hasItem("RE_REVIEW_CONCLUDED")));
        // The re-review opinion was noted once, though delivered twice; the review opinion not at all.
        assertThat(storedEventsOf(first)).isEqualTo(4);
    }

    private String reReviewMatterOf(String petitionId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT re_review_matter_id FROM routing_decision WHERE petition_id = ?")) {
            s.setString(1, petitionId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    @Test
    void readinessReflectsPostgresqlAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItems("Database connections health check", "kafka"));
    }

}
