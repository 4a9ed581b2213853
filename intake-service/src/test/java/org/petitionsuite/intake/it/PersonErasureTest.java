package org.petitionsuite.intake.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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
 * A person's own erasure (个人信息保护法 Art 47) on PostgreSQL and Kafka: one request by ID number erases the person in
 * every petition they are a petitioner of, and only them; a collective petition keeps its text and its other
 * petitioners; a petition whose last petitioner goes loses its file too; a petitioner without an ID number is erased
 * by position; a rebuild gives the same; the person petitioning again afterwards is readable under a new key.
 */
@QuarkusTest
class PersonErasureTest {
    private static final String ADMIN = Tokens.of("admin", "000000");
    private static final String READER = Tokens.of("registrar", "330000");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EventStoreProbe store;

    /** A valid ID number nobody else in the test database holds (random birth date and sequence). */
    private static String freshIdNumber() {
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
        return Samples.idNumber("330102" + born.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000)));
    }

    private static PetitionDetails petition(List<Petitioner> petitioners, String request) {
        PetitionDetails d = Samples.details();
        return new PetitionDetails(petitioners, d.channel(), d.purpose(), d.contentCategory(), request, "多次讨要未果",
                d.placeOfMatter(), petitioners.size(), petitioners.size() > 1, null, d.registeringOrgan(), d.receivedAt(),
                d.sourceSystem(), d.sourceReference(), null, List.of());
    }

    @Test
    void erasingAPersonReachesAllTheirPetitionsAndOnlyThem() throws Exception {
        String idNumber = freshIdNumber();
        Petitioner person = new Petitioner("司马青云", idNumber, "13705718899", "上城区紫阳街道某巷9号", false, false);
        Petitioner asRepresentative = new Petitioner(person.name(), idNumber, person.phone(), person.address(), false, true);
        Petitioner neighbour = new Petitioner("诸葛晓梅", null, "13605712233", "上城区紫阳街道某巷11号", false, true);
        List<String> personal = List.of("司马青云", idNumber, "13705718899", "某巷9号");

        String alone;
        String together;
        try (TopicProbe topic = new TopicProbe(Topics.INTAKE_EVENTS)) {
            alone = PetitionRegistrationTest.register(petition(List.of(person), "请求支付工资"));
            together = PetitionRegistrationTest.register(petition(List.of(neighbour, asRepresentative), "联名请求修缮公共楼道"));
            PetitionRegistrationTest.awaitReadModel(alone);
            PetitionRegistrationTest.awaitReadModel(together);
            given().auth().oauth2(READER).get("/api/v1/petitions/" + together).then()
                    .body("petitioners[1].name", equalTo("司马青云"));
            String pseudonym = pseudonymOf(topic, alone);

            // Bad input, the wrong role, an unknown person: 4xx problems, and nothing is erased.
            String path = "/api/v1/admin/persons/erasure";
            given().auth().oauth2(ADMIN).contentType("application/json").body("{}").post(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", containsInAnyOrder("idNumber", "reason"));
            given().auth().oauth2(ADMIN).contentType("application/json")
                    .body(Map.of("idNumber", idNumber.substring(0, 17) + (idNumber.endsWith("0") ? "1" : "0"), "reason", "x"))
                    .post(path).then().statusCode(400).body("errors.field", hasItem("idNumber"));
            given().auth().oauth2(ADMIN).contentType("application/json").body(Map.of("idNumber", freshIdNumber(), "reason", "x"))
                    .post(path).then().statusCode(404).contentType("application/problem+json");
            for (String role : List.of("registrar", "handler", "supervisor", "analyst", "integrator")) {
                given().auth().oauth2(Tokens.of(role, "330000")).contentType("application/json")
                        .body(Map.of("idNumber", idNumber, "reason", "x")).post(path).then().statusCode(403);
                given().auth().oauth2(Tokens.of(role, "330000")).contentType("application/json").body(Map.of("reason", "x"))
                        .post("/api/v1/admin/petitions/" + together + "/petitioners/0/erasure").then().statusCode(403);
            }
            // An administrator of another province may not erase a person whose petitions are in Zhejiang.
            given().auth().oauth2(Tokens.of("admin", "110000")).contentType("application/json")
                    .body(Map.of("idNumber", idNumber, "reason", "x")).post(path).then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(READER).get("/api/v1/petitions/" + alone).then().body("petitioners[0].name", equalTo("司马青云"));

            given().auth().oauth2(ADMIN).contentType("application/json")
                    .body(Map.of("idNumber", idNumber.toLowerCase(), "reason", "本人申请删除（个人信息保护法第四十七条），受理号 2026-0042"))
                    .post(path).then().statusCode(202).body("petitions", containsInAnyOrder(alone, together));

            // Published: the person's pseudonym in both petitions; the petition left with no petitioner is erased whole.
            List<ConsumerRecord<String, byte[]>> seen = topic.pollUntil(records -> erasures(records, together).size() == 1
                    && erasures(records, alone).size() == 2, Duration.ofSeconds(30));
            JsonNode ofTogether = JSON.readTree(erasures(seen, together).get(0).value());
            assertThat(ofTogether.path("scope").asText()).isEqualTo("PETITIONERS");
            assertThat(ofTogether.path("pseudonyms").get(0).asText()).isEqualTo(pseudonym);
            assertThat(erasures(seen, alone).stream().map(r -> readScope(r)).toList()).containsExactly("PETITIONERS", "PETITION");
            assertThat(new String(erasures(seen, alone).get(0).value())).doesNotContain("第四十七条", "admin");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(READER)
                .get("/api/v1/petitions/" + together).then().body("petitioners[1].name", equalTo("已删除")));
        // Once erased, nothing links the ID number to the destroyed key: asking again finds no petition of the person.
        given().auth().oauth2(ADMIN).contentType("application/json").body(Map.of("idNumber", idNumber, "reason", "again"))
                .post("/api/v1/admin/persons/erasure").then().statusCode(404).contentType("application/problem+json");
        assertErasedAsExpected(alone, together, person, personal);
    }

    @Test
    void aPetitionerWithoutAnIdNumberIsErasedByPositionAndTheLastOneTakesTheFile() {
        Petitioner first = new Petitioner("欧阳春燕", null, "13805710001", "上城区某路1号", false, true);
        Petitioner second = new Petitioner("上官秋实", null, "13805710002", "上城区某路2号", false, true);
        String id = PetitionRegistrationTest.register(petition(List.of(first, second), "联名请求处理噪声扰民"));
        PetitionRegistrationTest.awaitReadModel(id);
        String path = "/api/v1/admin/petitions/" + id + "/petitioners/";

        given().auth().oauth2(ADMIN).contentType("application/json").body("{}").post(path + "0/erasure").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().auth().oauth2(ADMIN).contentType("application/json").body(Map.of("reason", "x")).post(path + "2/erasure")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType("application/json").body(Map.of("reason", "本人申请删除"))
                .post(path + "0/erasure").then().statusCode(202).body("petitions", containsInAnyOrder(id));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(READER).get("/api/v1/petitions/" + id)
                .then().body("petitioners[0].name", equalTo("已删除")).body("petitioners[0].phone", equalTo("已删除"))
                .body("petitioners[1].name", equalTo("上官秋实")).body("request", equalTo("联名请求处理噪声扰民")));
        assertThat(store.clearOccurrences(id, "欧阳春燕")).isZero();
        assertThat(store.clearOccurrences(id, "13805710001")).isZero();
        given().auth().oauth2(ADMIN).contentType("application/json").body(Map.of("reason", "again"))
                .post(path + "0/erasure").then().statusCode(409);

        given().auth().oauth2(ADMIN).contentType("application/json").body(Map.of("reason", "本人申请删除"))
                .post(path + "1/erasure").then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(READER).get("/api/v1/petitions/" + id)
                .then().body("petitioners[1].name", equalTo("已删除")).body("request", equalTo("已删除")));
        given().auth().oauth2(ADMIN).contentType("application/json").body(Map.of("reason", "again"))
                .post("/api/v1/admin/petitions/" + id + "/erasure").then().statusCode(409);
    }

    /**
     * After the person's erasure: their values in clear nowhere in the petitions' events, rows and documents; the
     * neighbour and the collective petition's text still there; the same after a rebuild; and the person petitioning
     * again is registered and readable under a new key.
     */
    private void assertErasedAsExpected(String alone, String together, Petitioner person, List<String> personal) {
        for (int pass = 0; pass < 2; pass++) {
            for (String petition : List.of(alone, together)) {
                for (String value : personal) {
                    assertThat(store.clearOccurrences(petition, value)).as("pass " + pass + ", " + petition + ": " + value).isZero();
                }
            }
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                given().auth().oauth2(READER).get("/api/v1/petitions/" + together).then().statusCode(200)
                        .body("petitioners[0].name", equalTo("诸葛晓梅")).body("petitioners[1].name", equalTo("已删除"))
                        .body("petitioners[1].idNumber", equalTo("已删除")).body("request", equalTo("联名请求修缮公共楼道"));
                given().auth().oauth2(READER).get("/api/v1/petitions/" + alone).then().statusCode(200)
                        .body("petitioners[0].address", equalTo("已删除")).body("request", equalTo("已删除"));
            });
            if (pass == 0) {
                given().auth().oauth2(ADMIN).post("/api/v1/admin/read-model/rebuild").then().statusCode(202);
            }
        }
        String again = PetitionRegistrationTest.register(petition(List.of(person), "再次请求支付工资"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(READER).get("/api/v1/petitions/" + again)
                .then().statusCode(200).body("petitioners[0].name", equalTo("司马青云")));
    }

    private static String readScope(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value()).path("scope").asText("PETITION");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> erasures(List<ConsumerRecord<String, byte[]>> records, String id) {
        return records.stream().filter(r -> id.equals(r.key())
                && EventType.PERSONAL_DATA_ERASED_V1.wireName().equals(TopicProbe.header(r, "ce_type"))).toList();
    }

    private static String pseudonymOf(TopicProbe topic, String id) throws Exception {
        ConsumerRecord<String, byte[]> registered = topic.pollUntil(records -> records.stream().anyMatch(r -> isRegistration(r, id)),
                Duration.ofSeconds(30)).stream().filter(r -> isRegistration(r, id)).findFirst().orElseThrow();
        String pseudonym = JSON.readTree(registered.value()).path("petitioners").get(0).path("pseudonym").asText();
        assertThat(pseudonym).matches("[0-9a-f]{64}");
        return pseudonym;
    }

    private static boolean isRegistration(ConsumerRecord<String, byte[]> record, String id) {
        return id.equals(record.key()) && EventType.PETITION_REGISTERED_V1.wireName().equals(TopicProbe.header(record, "ce_type"));
    }
}
