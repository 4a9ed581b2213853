package org.petitionsuite.intake.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.testkit.Tokens;
import org.petitionsuite.testkit.Traces;
import org.petitionsuite.testkit.TopicProbe;
import org.petitionsuite.intake.api.PetitionDetails;

/** Registration end to end: REST → event store → read model and Kafka, against the real PostgreSQL and broker. */
@QuarkusTest
class PetitionRegistrationTest {
    static final String REGISTRAR = Tokens.of("registrar", "330000");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EventStoreProbe store;

    static Response post(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/petitions");
    }

    static String register(PetitionDetails details) {
        return post(REGISTRAR, Samples.json(details)).then().statusCode(201).extract().path("id");
    }

    static void awaitReadModel(String id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(REGISTRAR).get("/api/v1/petitions/" + id).then().statusCode(200));
    }

    @Test
    void registersAPetitionAndPublishesItsEvent() throws Exception {
        PetitionDetails details = Samples.details();
        try (TopicProbe topic = new TopicProbe(Topics.INTAKE_EVENTS)) {
            Response created = post(REGISTRAR, Samples.json(details));
            created.then().statusCode(201).body("outcome", equalTo("REGISTERED"));
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith("/api/v1/petitions/" + id);

            awaitReadModel(id);
            given().auth().oauth2(REGISTRAR).get(created.header("Location")).then()
                    .statusCode(200)
                    .body("id", equalTo(id))
                    .body("status", equalTo("AWAITING_ACCEPTANCE"))
                    .body("request", equalTo(details.request()))
                    .body("petitioners[0].idNumber", equalTo(details.petitioners().get(0).idNumber()))
                    .body("registeringOrgan.regionCode", equalTo("330102"))
                    .body("complainedOrgans[0].code", equalTo("330102-rsj"));

            List<ConsumerRecord<String, byte[]>> records =
                    topic.pollUntil(rs -> rs.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
            ConsumerRecord<String, byte[]> record = records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
            assertThat(TopicProbe.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("petition.registered.v1");
            assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/petition-suite/intake");
            assertThat(TopicProbe.header(record, "ce_subject")).isEqualTo(id);
            assertThat(TopicProbe.header(record, "ce_id")).isNotBlank();
            assertThat(TopicProbe.header(record, "ce_time")).isNotBlank();
            assertThat(TopicProbe.header(record, "content-type")).isEqualTo("application/json");

            JsonNode data = JSON.readTree(record.value());
            assertThat(schema(EventType.PETITION_REGISTERED_V1).validate(data)).isEmpty();
            assertThat(data.get("petitionId").asText()).isEqualTo(id);
            assertThat(data.get("petitioners").get(0).get("pseudonym").asText()).hasSize(64);
            assertThat(data.at("/complainedOrgans/0/code").asText()).isEqualTo("330102-rsj");
            assertThat(data.at("/complainedOrgans/0/name").asText()).isEqualTo("上城区人力资源和社会保障局");
            String published = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(published).as("no personal identifiers leave intake")
                    .doesNotContain(details.petitioners().get(0).idNumber())
                    .doesNotContain(details.petitioners().get(0).name())
                    .doesNotContain(details.petitioners().get(0).phone());
        }
    }

    /** Free text leaves intake redacted: what people type into a letter (ID numbers, phones, cards, names) stays in intake. */
    @Test
    void freeTextIsRedactedBeforeItIsPublished() throws Exception {
        PetitionDetails d = Samples.details();
        var person = d.petitioners().get(0);
        PetitionDetails details = new PetitionDetails(d.petitioners(), d.channel(), d.purpose(), d.contentCategory(),
                person.name() + "（身份证" + person.idNumber() + "，电话" + person.phone() + "）请求支付拖欠工资",
                "工资应打入银行卡6222 0212 3456 7890 123，" + person.name() + "多次讨要未果", d.placeOfMatter(), 1, false,
                null, d.registeringOrgan(), d.receivedAt(), d.sourceSystem(), d.sourceReference(), null, List.of());
        try (TopicProbe topic = new TopicProbe(Topics.INTAKE_EVENTS)) {
            String id = post(REGISTRAR, Samples.json(details)).then().statusCode(201).extract().path("id");
            ConsumerRecord<String, byte[]> record = topic.pollUntil(rs -> rs.stream().anyMatch(r -> id.equals(r.key())),
                    Duration.ofSeconds(30)).stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
            String published = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(published).doesNotContain(person.idNumber()).doesNotContain(person.phone())
                    .doesNotContain(person.name()).doesNotContain("6222 0212 3456 7890 123");
            JsonNode data = JSON.readTree(record.value());
            assertThat(data.get("request").asText()).isEqualTo("王**（身份证[身份证号]，电话[电话]）请求支付拖欠工资");
            assertThat(data.get("factsAndReasons").asText()).isEqualTo("工资应打入银行卡[银行卡号]，王**多次讨要未果");
        }
    }

    @Test
    void theCallersTraceTravelsOnThePublishedEvent() throws Exception {
        String traceId = Traces.newTraceId();
        String traceparent = Traces.traceparent(traceId);
        try (TopicProbe topic = new TopicProbe(Topics.INTAKE_EVENTS)) {
            Response created = given().auth().oauth2(REGISTRAR).contentType("application/json")
                    .header("traceparent", traceparent).body(Samples.json()).post("/api/v1/petitions");
            created.then().statusCode(201).header("traceparent", startsWith("00-" + traceId + "-"));
            String id = created.path("id");
            ConsumerRecord<String, byte[]> record = topic.pollUntil(rs -> rs.stream().anyMatch(r -> id.equals(r.key())),
                    Duration.ofSeconds(30)).stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
            assertThat(TopicProbe.header(record, "traceparent")).as("the W3C trace context of the request")
                    .startsWith("00-" + traceId + "-").isNotEqualTo(traceparent);
        }
    }

    @Test
    void aResubmissionAnswersTheSameIdAndStoresOneEvent() {
        Map<String, Object> body = Samples.json();
        String id = post(REGISTRAR, body).then().statusCode(201).extract().path("id");
        post(REGISTRAR, body).then().statusCode(200)
                .body("id", equalTo(id))
                .body("outcome", equalTo("ALREADY_REGISTERED"))
                .header("Location", endsWith("/api/v1/petitions/" + id));
        assertThat(store.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void aResubmissionThatOmitsOptionalFlagsIsTheSamePetition() {
        Map<String, Object> body = Samples.json();
        body.remove("collective");
        body.remove("accusedTarget");
        @SuppressWarnings("unchecked")
        Map<String, Object> petitioner = ((List<Map<String, Object>>) body.get("petitioners")).get(0);
        petitioner.remove("representative");
        petitioner.remove("confidentialityRequested");
        String id = post(REGISTRAR, body).then().statusCode(201).extract().path("id");
        post(REGISTRAR, body).then().statusCode(200).body("id", equalTo(id));
        body.put("collective", false);
        petitioner.put("representative", false);
        post(REGISTRAR, body).then().statusCode(200).body("id", equalTo(id));
        assertThat(store.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void racingSubmissionsOfOneReferenceYieldOnePetition() throws Exception {
        Map<String, Object> body = Samples.json();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> answers = pool.invokeAll(java.util.Collections.nCopies(8, (java.util.concurrent.Callable<Response>) () -> post(REGISTRAR, body)));
            Set<String> ids = new HashSet<>();
            int created = 0;
            for (Future<Response> answer : answers) {
                Response r = answer.get();
                assertThat(r.statusCode()).isIn(200, 201);
                created += r.statusCode() == 201 ? 1 : 0;
                ids.add(r.path("id"));
            }
            assertThat(ids).hasSize(1);
            assertThat(created).isEqualTo(1);
            assertThat(store.eventsOf(ids.iterator().next())).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameReferenceWithOtherDetailsIsAConflict() {
        Map<String, Object> body = Samples.json();
        String id = post(REGISTRAR, body).then().statusCode(201).extract().path("id");
        body.put("request", "另一个请求");
        post(REGISTRAR, body).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:petition-suite:problem:conflicting-resubmission"));
        assertThat(store.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void anIntegratorRegistersOnlyUnderItsOwnSourceSystem() {
        Map<String, Object> body = Samples.json();
        body.put("sourceSystem", "county-b");
        post(Tokens.integrator("330102", "county-a"), body).then().statusCode(403)
                .contentType("application/problem+json");
        body.put("sourceSystem", "county-a");
        post(Tokens.integrator("330102", "county-a"), body).then().statusCode(201);
    }


    static JsonSchema schema(EventType type) throws Exception {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
