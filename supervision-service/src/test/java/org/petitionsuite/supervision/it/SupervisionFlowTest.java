package org.petitionsuite.supervision.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.petitionsuite.supervision.it.PetitionRecords.registered;
import static org.petitionsuite.supervision.it.PetitionRecords.routed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.supervision.sweep.DeadlineSweep;
import org.petitionsuite.testkit.Tokens;
import org.petitionsuite.testkit.TopicProbe;
import org.petitionsuite.testkit.TopicWriter;
import org.petitionsuite.testkit.Traces;

/**
 * Intake's and routing's records on the real broker start clocks in supervision; a sweep on a chosen day breaches a
 * late duty once, publishes it under the contract, and supervisors see it, act on it and follow the action to closure.
 * Real broker, real PostgreSQL; the records are written to the topics as intake and routing write them.
 */
@QuarkusTest
class SupervisionFlowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUPERVISOR = Tokens.of("supervisor", "330100");

    @Inject
    DeadlineSweep sweep;

    /** The step of a {@code deadline.met.v1} record, or null for any other record. */
    private static String metStep(ConsumerRecord<String, byte[]> record) {
        if (!"deadline.met.v1".equals(TopicProbe.header(record, "ce_type"))) {
            return null;
        }
        try {
            return JSON.readTree(record.value()).path("step").asText(null);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("deadline.met.v1 that is not JSON", e);
        }
    }

    private static void awaitClocks(String petitionId, int count) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(SUPERVISOR)
                .get("/api/v1/supervision/cases/" + petitionId).then().statusCode(200)
                .body("clocks.size()", equalTo(count)));
    }

    @Test
    void aLateNoticeIsBreachedOncePublishedListedAndSupervisedToClosure() throws Exception {
        String p = UUID.randomUUID().toString();
        registered(p, "2026-11-02");
        String routeId = UUID.randomUUID().toString();
        routed(p, "2026-11-03", routeId);
        // T1 met; the bureau's notice (Zhejiang: 5 working days, to 10 November) and objection window run.
        awaitClocks(p, 3);
        routed(p, "2026-11-03", routeId); // redelivered: no new clock
        given().auth().oauth2(SUPERVISOR).get("/api/v1/supervision/cases/" + p).then()
                .body("clocks.find { it.step == 'ACCEPTANCE_NOTICE' }.due", equalTo("2026-11-10"))
                .body("clocks.find { it.step == 'ACCEPTANCE_NOTICE' }.article", equalTo("浙江省信访条例 Art 20"))
                .body("clocks.find { it.step == 'FORWARD_OR_ASSIGN' }.state", equalTo("DONE"))
                .body("clocks.find { it.step == 'FORWARD_OR_ASSIGN' }.timely", equalTo(true));

        try (TopicProbe supervisionTopic = new TopicProbe(Topics.SUPERVISION_EVENTS)) {
            sweep.sweep(LocalDate.parse("2026-11-11"), Instant.parse("2026-11-11T02:00:00Z"));
            sweep.sweep(LocalDate.parse("2026-11-11"), Instant.parse("2026-11-11T02:10:00Z")); // as after a restart
            List<ConsumerRecord<String, byte[]>> records = supervisionTopic.pollUntil(rs -> rs.stream()
                    .anyMatch(r -> p.equals(r.key()) && "defect.recorded.v1".equals(TopicProbe.header(r, "ce_type"))),
                    Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> mine = records.stream().filter(r -> p.equals(r.key())).toList();
            assertThat(mine).filteredOn(r -> "deadline.breached.v1".equals(TopicProbe.header(r, "ce_type"))).hasSize(1);
            assertEveryRecordMatchesItsSchema(mine);
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(given().get("/q/metrics").asString())
                .as("clocks by state").containsPattern("supervision_clocks\\{[^}]*state=\"DONE\"[^}]*} [1-9]"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(SUPERVISOR)
                .queryParam("view", "overdue").queryParam("organ", "330102-rsj").queryParam("asOf", "2026-11-12")
                .get("/api/v1/supervision/clocks").then().statusCode(200)
                .body("items.find { it.petitionId == '" + p + "' }.overdueSince", equalTo("2026-11-11"))
                .body("items.find { it.petitionId == '" + p + "' }.daysOverdue", equalTo(2))
                .body("items.find { it.petitionId == '" + p + "' }.breachedOn", equalTo("2026-11-11")));
        given().auth().oauth2(SUPERVISOR).queryParam("organ", "330102-rsj").get("/api/v1/supervision/defects").then()
                .statusCode(200)
                .body("organs[0].organCode", equalTo("330102-rsj"))
                .body("names.ACCEPTANCE_NOT_NOTIFIED_IN_TIME", equalTo("未在规定期限内书面告知受理"));

        // 督办: issued, answered by the bureau, closed.
        String location = given().auth().oauth2(SUPERVISOR).contentType(ContentType.JSON).body("""
                {"kind":"SUPERVISION_ORDER","organCode":"330102-rsj","regionCode":"330102","petitionIds":["%s"],
                 "reasons":"逾期未书面告知受理","responseDue":"2099-12-01","organName":"杭州市上城区人力资源和社会保障局",
                 "issuerName":"杭州市上城区信访局"}""".formatted(p))
                .post("/api/v1/supervision/actions").then().statusCode(201).extract().header("Location");
        String actionId = location.substring(location.lastIndexOf('/') + 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(SUPERVISOR)
                .get("/api/v1/supervision/actions/" + actionId).then().statusCode(200).body("state", equalTo("OPEN"))
                .body("letterNumber", org.hamcrest.Matchers.matchesPattern("杭州市上城区信访局督〔\\d{4}〕[1-9]\\d*号")));
        // The 督办函 (Art 40 ¶1), to the organ it supervises and to the supervisor, as HTML and as PDF/A with embedded fonts.
        String letter = given().auth().oauth2(Tokens.handlerOf("330102", "330102-rsj"))
                .get("/api/v1/supervision/actions/" + actionId + "/letter.html").then().statusCode(200)
                .contentType("text/html").extract().asString();
        assertThat(letter).contains("督办函").contains("杭州市上城区人力资源和社会保障局：").contains("逾期未书面告知受理")
                .contains("《信访工作条例》第四十条第一款").contains("2099年12月1日前").contains(p);
        byte[] pdf = given().auth().oauth2(SUPERVISOR).get("/api/v1/supervision/actions/" + actionId + "/letter.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(org.petitionsuite.testkit.PdfChecks.pdfa2bViolations(pdf)).isEmpty();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(org.petitionsuite.testkit.PdfChecks.text(document))
                    .isEqualTo(org.petitionsuite.testkit.PdfChecks.visibleText(letter));
        }
        given().auth().oauth2(Tokens.of("supervisor", "330106")).get("/api/v1/supervision/actions/" + actionId + "/letter.pdf")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(SUPERVISOR).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/supervision/actions/" + actionId + "/closure").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.handlerOf("330102", "330102-rsj")).contentType(ContentType.JSON)
                .body("{\"text\":\"已于11月12日书面告知受理\"}")
                .post("/api/v1/supervision/actions/" + actionId + "/response").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(SUPERVISOR)
                .get("/api/v1/supervision/actions/" + actionId).then().body("state", equalTo("RESPONDED"))
                .body("timely", equalTo(true)));
        given().auth().oauth2(SUPERVISOR).contentType(ContentType.JSON).body("{\"note\":\"跟踪到位\"}")
                .post("/api/v1/supervision/actions/" + actionId + "/closure").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(SUPERVISOR)
                .get("/api/v1/supervision/cases/" + p).then()
                .body("actions[0].state", equalTo("CLOSED"))
                .body("defects.defect", hasItem("ACCEPTANCE_NOT_NOTIFIED_IN_TIME")));

        // Another region sees nothing of it.
        given().auth().oauth2(Tokens.of("supervisor", "330106")).get("/api/v1/supervision/cases/" + p).then().statusCode(404);
    }

    /**
     * 条例 Art 30 ¶3 and region: the accused organ's handler gets 404 on the case and cannot be the target of a 督办
     * order on it; a county supervisor cannot name another county's petition (nor one that does not exist: the same
     * answer); a handler reads only its own organ's cases.
     */
    @Test
    void supervisionNeverReachesTheAccusedOrganOrAnotherRegionsPetition() throws Exception {
        String p = UUID.randomUUID().toString();
        registered(p, "2026-11-02");
        PetitionRecords.routedAsAccusation(p, "2026-11-03");
        awaitClocks(p, 3);
        given().auth().oauth2(Tokens.handlerOf("330102", "330102-jw")).get("/api/v1/supervision/cases/" + p).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.handlerOf("330102", "330102-zjj")).get("/api/v1/supervision/cases/" + p).then()
                .statusCode(404);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.handlerOf("330100", "330100-jw")).get("/api/v1/supervision/cases/" + p).then()
                        .statusCode(200));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(SUPERVISOR).contentType(ContentType.JSON)
                .body("""
                        {"kind":"SUPERVISION_ORDER","organCode":"330102-jw","regionCode":"330102","petitionIds":["%s"],
                         "reasons":"督促办理","responseDue":"2099-12-01"}""".formatted(p))
                .post("/api/v1/supervision/actions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("organCode")));
        for (String petition : List.of(p, UUID.randomUUID().toString())) {
            given().auth().oauth2(Tokens.of("supervisor", "330106")).contentType(ContentType.JSON).body("""
                    {"kind":"SUPERVISION_ORDER","organCode":"330106-hbj","regionCode":"330106","petitionIds":["%s"],
                     "reasons":"督促办理","responseDue":"2099-12-01"}""".formatted(petition))
                    .post("/api/v1/supervision/actions").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("petitionIds[0]"))
                    .body("errors.reason", hasItem("is not a petition in your region"));
        }
        given().auth().oauth2(SUPERVISOR).contentType(ContentType.JSON).body("""
                {"kind":"SUPERVISION_ORDER","organCode":"330100-jw","regionCode":"330102","petitionIds":["%s"],
                 "reasons":"督促办理","responseDue":"2099-12-01"}""".formatted(p))
                .post("/api/v1/supervision/actions").then().statusCode(201);
    }

    @Test
    void aNoticeGivenInTimeIsReportedMetUnderTheContract() throws Exception {
        String p = UUID.randomUUID().toString();
        registered(p, "2026-11-02");
        routed(p, "2026-11-03", UUID.randomUUID().toString());
        awaitClocks(p, 3);
        String traceId = Traces.newTraceId();
        try (TopicProbe supervisionTopic = new TopicProbe(Topics.SUPERVISION_EVENTS)) {
            // The labour bureau accepts on 6 November, inside Zhejiang's 5 working days (to 10 November).
            TopicWriter.send(Topics.INTAKE_EVENTS, p, "petition.accepted.v1", UUID.randomUUID().toString(), """
                    {"petitionId":"%s","placeOfMatter":"330102","organCode":"330102-rsj","reason":null,
                     "legalChannel":null,"article":"浙江省信访条例 Art 20","noticeDue":"2026-11-10","timely":true,
                     "profile":"zhejiang@2016","decidedAt":"2026-11-06T03:00:00Z"}""".formatted(p), Traces.traceparent(traceId));
            // The forwarding step's own deadline.met (routed in time) may be published after the probe opened: the
            // publisher runs behind the read model. Only the acceptance notice's is this step's.
            List<ConsumerRecord<String, byte[]>> mine = supervisionTopic.pollUntil(rs -> rs.stream().anyMatch(r ->
                    p.equals(r.key()) && "ACCEPTANCE_NOTICE".equals(metStep(r))), Duration.ofSeconds(30))
                    .stream().filter(r -> p.equals(r.key())).toList();
            List<ConsumerRecord<String, byte[]>> met = mine.stream()
                    .filter(r -> "ACCEPTANCE_NOTICE".equals(metStep(r))).toList();
            assertThat(met).hasSize(1);
            assertThat(Traces.traceIdOf(TopicProbe.header(met.get(0), "traceparent")))
                    .as("the acceptance's trace continues on the clock's event").isEqualTo(traceId);
            var data = JSON.readTree(met.get(0).value());
            assertThat(List.of(data.get("step").asText(), data.get("organCode").asText(), data.get("due").asText(),
                    data.get("metOn").asText(), data.get("timely").asText()))
                    .containsExactly("ACCEPTANCE_NOTICE", "330102-rsj", "2026-11-10", "2026-11-06", "true");
            assertEveryRecordMatchesItsSchema(mine);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(SUPERVISOR)
                .get("/api/v1/supervision/cases/" + p).then()
                .body("clocks.find { it.step == 'ACCEPTANCE_NOTICE' }.state", equalTo("DONE"))
                .body("clocks.find { it.step == 'ACCEPTANCE_NOTICE' }.timely", equalTo(true)));
        // Met, it is never reported overdue, whatever the day.
        sweep.sweep(LocalDate.parse("2026-11-20"), Instant.parse("2026-11-20T02:00:00Z"));
        given().auth().oauth2(SUPERVISOR).queryParam("view", "overdue").queryParam("asOf", "2026-11-20")
                .get("/api/v1/supervision/clocks").then().statusCode(200)
                .body("items.findAll { it.petitionId == '" + p + "' && it.step == 'ACCEPTANCE_NOTICE' }.size()", equalTo(0));
    }

    @Test
    void badRequestsAreRefusedNamingEachField() {
        given().auth().oauth2(SUPERVISOR).contentType(ContentType.JSON).body("{\"kind\":\"SUPERVISION_ORDER\"}")
                .post("/api/v1/supervision/actions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("organCode", "reasons", "responseDue"));
        given().auth().oauth2(SUPERVISOR).contentType(ContentType.JSON).body("""
                {"kind":"ACCOUNTABILITY","organCode":"330102-rsj","reasons":"r","responseDue":"2099-01-01"}""")
                .post("/api/v1/supervision/actions").then().statusCode(400).body("errors.field", hasItem("petitionIds"));
        given().auth().oauth2(SUPERVISOR).contentType(ContentType.JSON).body("""
                {"kind":"SUPERVISION_ORDER","organCode":"x","regionCode":"110105","reasons":"r","responseDue":"2099-01-01"}""")
                .post("/api/v1/supervision/actions").then().statusCode(403);
        given().auth().oauth2(SUPERVISOR).queryParam("view", "late").queryParam("asOf", "yesterday")
                .get("/api/v1/supervision/clocks").then().statusCode(400)
                .body("errors.field", hasItems("query.view", "query.asOf"));
        given().auth().oauth2(Tokens.handlerOf("330102", "330102-rsj")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/supervision/actions").then().statusCode(403);
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheConsumerGoesOn() throws Exception {
        try (TopicProbe deadLetters = new TopicProbe(Topics.SUPERVISION_DEAD_LETTERS)) {
            String poison = UUID.randomUUID().toString();
            TopicWriter.send(Topics.ROUTING_EVENTS, poison, "petition.routed.v1", UUID.randomUUID().toString(), "{not json");
            assertThat(deadLetters.pollUntil(rs -> rs.stream().anyMatch(r -> poison.equals(r.key())), Duration.ofSeconds(30)))
                    .anyMatch(r -> poison.equals(r.key()) && TopicProbe.header(r, "dlq_reason") != null);
        }
        String next = UUID.randomUUID().toString();
        registered(next, "2026-11-02");
        awaitClocks(next, 1);
    }

    @Test
    void aRebuiltReadModelHasTheSameClocks() throws Exception {
        String p = UUID.randomUUID().toString();
        registered(p, "2026-11-02");
        routed(p, "2026-11-03", UUID.randomUUID().toString());
        awaitClocks(p, 3);
        String before = given().auth().oauth2(SUPERVISOR).get("/api/v1/supervision/cases/" + p + "?asOf=2026-11-05")
                .then().extract().asString();
        given().auth().oauth2(Tokens.of("admin", "330000")).post("/api/v1/admin/read-model/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(given().auth().oauth2(SUPERVISOR)
                .get("/api/v1/supervision/cases/" + p + "?asOf=2026-11-05").then().statusCode(200).extract().asString())
                .isEqualTo(before));
    }

    private static void assertEveryRecordMatchesItsSchema(List<ConsumerRecord<String, byte[]>> records) throws Exception {
        for (ConsumerRecord<String, byte[]> r : records) {
            EventType type = EventType.fromWireName(TopicProbe.header(r, "ce_type")).orElseThrow();
            try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
                var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
                assertThat(schema.validate(JSON.readTree(r.value()))).as(type.wireName()).isEmpty();
            }
        }
    }
}
