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
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.Petitioner;
import org.petitionsuite.testkit.Tokens;
import org.petitionsuite.testkit.TopicProbe;

/**
 * Crypto-shredding end to end on PostgreSQL (个人信息保护法 Art 47): personal data never stands in clear in the event
 * store; erasure destroys the petition's key; afterwards no table, document or answer holds it, a rebuild of the read
 * model still works and shows 已删除, and nothing else about the petition changes.
 */
@QuarkusTest
class ErasureTest {
    private static final String ADMIN = Tokens.of("admin", "000000");
    private static final String HANDLER = Tokens.handlerOf("330102", "330102-rsj");

    @Inject
    EventStoreProbe store;

    @Test
    void erasureLeavesNoClearPersonalDataAnywhereAndChangesNothingElse() throws Exception {
        String idNumber = Samples.idNumber("33010219660505432");
        Petitioner person = new Petitioner("欧阳明轩", idNumber, "13705716688", "浙江省杭州市上城区望江街道某弄7号", false, false);
        PetitionDetails d = Samples.details();
        PetitionDetails details = new PetitionDetails(List.of(person), d.channel(), d.purpose(), d.contentCategory(),
                "欧阳明轩请求支付工资，联系电话13705716688", "身份证" + idNumber + "，住址望江街道某弄7号", d.placeOfMatter(), 1,
                false, null, d.registeringOrgan(), d.receivedAt(), d.sourceSystem(), d.sourceReference(), null, List.of());
        List<String> personal = List.of("欧阳明轩", idNumber, "13705716688", "望江街道某弄7号");
        String id = PetitionRegistrationTest.register(details);
        RoutingTopic.routeTo(id, "330102-rsj", "FORWARD", null);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(HANDLER)
                .get("/api/v1/petitions/" + id).then().statusCode(200).body("route.organCode", equalTo("330102-rsj")));
        given().auth().oauth2(HANDLER).contentType("application/json").body(Map.of("decision", "ACCEPT"))
                .post("/api/v1/petitions/" + id + "/acceptance").then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(HANDLER)
                .get("/api/v1/petitions/" + id + "/documents").then().body("documentId", hasItem("acceptance-notice-1")));

        // Before erasure: sealed in the event store, in clear only in the read model the handler reads.
        for (String value : personal) {
            assertThat(store.clearOccurrencesInEvents(id, value)).as("event store: " + value).isZero();
        }
        given().auth().oauth2(HANDLER).get("/api/v1/petitions/" + id).then().body("petitioners[0].name", equalTo("欧阳明轩"));
        String before = given().auth().oauth2(Tokens.of("analyst", "330102")).get("/api/v1/petitions/" + id).then()
                .extract().path("status");

        // Bad input and the wrong role change nothing.
        given().auth().oauth2(ADMIN).contentType("application/json").body("{}")
                .post("/api/v1/admin/petitions/" + id + "/erasure").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
        given().auth().oauth2(Tokens.of("registrar", "330102")).contentType("application/json")
                .body(Map.of("reason", "x")).post("/api/v1/admin/petitions/" + id + "/erasure").then().statusCode(403);
        given().auth().oauth2(ADMIN).contentType("application/json").body(Map.of("reason", "x"))
                .post("/api/v1/admin/petitions/00000000-0000-0000-0000-000000000000/erasure").then().statusCode(404);
        assertThat(store.erasureReason(id)).isNull();

        try (TopicProbe topic = new TopicProbe(Topics.INTAKE_EVENTS)) {
            given().auth().oauth2(ADMIN).contentType("application/json")
                    .body(Map.of("reason", "保存期限届满（个人信息保护法第四十七条第一款第二项），档案号 2026-0001"))
                    .post("/api/v1/admin/petitions/" + id + "/erasure").then().statusCode(202);
            // Published so that routing drops what it kept; without the ground or the official.
            List<ConsumerRecord<String, byte[]>> erased = topic.pollUntil(seen -> seen.stream().anyMatch(r -> isErasureOf(r, id)),
                    Duration.ofSeconds(30)).stream().filter(r -> isErasureOf(r, id)).toList();
            assertThat(erased).hasSize(1);
            assertThat(new String(erased.get(0).value(), StandardCharsets.UTF_8))
                    .contains("\"petitionId\":\"" + id + "\"", "erasedAt").doesNotContain("第四十七条", "admin");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(HANDLER)
                .get("/api/v1/petitions/" + id).then()
                .body("petitioners[0].name", equalTo("已删除"))
                .body("petitioners[0].idNumber", equalTo("已删除"))
                .body("petitioners[0].phone", equalTo("已删除"))
                .body("petitioners[0].address", equalTo("已删除"))
                .body("request", equalTo("已删除"))
                .body("factsAndReasons", equalTo("已删除"))
                .body("status", equalTo(before)));
        given().auth().oauth2(ADMIN).contentType("application/json").body(Map.of("reason", "again"))
                .post("/api/v1/admin/petitions/" + id + "/erasure").then().statusCode(409);
        assertThat(store.erasureReason(id)).contains("第四十七条");
        String html = given().auth().oauth2(HANDLER).get("/api/v1/petitions/" + id + "/documents/acceptance-notice-1.html")
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("已删除").doesNotContain("欧阳明轩");
        for (String value : personal) {
            assertThat(store.clearOccurrences(id, value)).as("after erasure: " + value).isZero();
        }

        // A rebuild replays the store: the petition is back, erased, with the same status.
        given().auth().oauth2(ADMIN).post("/api/v1/admin/read-model/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(HANDLER)
                .get("/api/v1/petitions/" + id).then().statusCode(200)
                .body("petitioners[0].name", equalTo("已删除"))
                .body("request", equalTo("已删除"))
                .body("status", equalTo(before)));
        for (String value : personal) {
            assertThat(store.clearOccurrences(id, value)).as("after rebuild: " + value).isZero();
        }
    }

    private static boolean isErasureOf(ConsumerRecord<String, byte[]> record, String id) {
        return id.equals(record.key())
                && EventType.PERSONAL_DATA_ERASED_V1.wireName().equals(TopicProbe.header(record, "ce_type"));
    }
}
