package org.petitionsuite.intake.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
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
 * Repeats proposed on registration and decided by a clerk (重复件): the same person's new letter on the same matter is
 * proposed with its signals, an unrelated one is not; a confirmation joins the matter as repeatOf does and is
 * published; a rejection is kept; nobody outside the region sees or decides anything.
 */
@QuarkusTest
class RepeatProposalsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGISTRAR = PetitionRegistrationTest.REGISTRAR;

    /** A petition of one person (no ID number: name and phone identify them) about {@code request}, in a village. */
    private static String register(String name, String phone, String village, String category, String request) {
        PetitionDetails d = Samples.details("rp-" + UUID.randomUUID());
        Petitioner person = new Petitioner(name, null, phone, "上城区某路" + phone.substring(7) + "号", false, false);
        PetitionDetails details = new PetitionDetails(List.of(person), d.channel(), d.purpose(), category, request,
                "多次协商未果，请求依法处理。", village, 1, false, null, d.registeringOrgan(), d.receivedAt(), d.sourceSystem(),
                d.sourceReference(), null, d.complainedOrgans());
        String id = PetitionRegistrationTest.register(details);
        PetitionRegistrationTest.awaitReadModel(id);
        return id;
    }

    private static String village() {
        return "330102" + String.format("%06d", 100_000 + new Random().nextInt(900_000));
    }

    private static String phone() {
        return "139" + String.format("%08d", new Random().nextInt(100_000_000));
    }

    @Test
    void theSamePersonsNewLetterIsProposedAndConfirmedIntoTheMatter() throws Exception {
        String village = village();
        String phone = phone();
        String token = UUID.randomUUID().toString().substring(0, 8);
        String first = register("赵" + token, phone, village, "劳动和社会保障_工资拖欠",
                "请求督促" + token + "建筑公司支付拖欠的七月至九月工资");
        String unrelated = register("钱" + token, phone(), village, "城乡建设_物业管理", "小区物业擅自提高物业费，请求查处");
        String again = register("赵" + token, phone, village, "劳动和社会保障_工资拖欠",
                token + "建筑公司至今仍拖欠我七月至九月的工资，再次请求督促支付");

        List<java.util.Map<String, Object>> candidates = given().auth().oauth2(REGISTRAR)
                .get("/api/v1/petitions/" + again + "/repeat-candidates").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(candidates).isNotEmpty();
        assertThat(candidates.get(0)).containsEntry("candidateId", first).containsEntry("matterId", first)
                .containsEntry("samePerson", true).containsEntry("samePlace", true)
                .containsEntry("sameCategoryFamily", true).containsEntry("state", "PROPOSED");
        assertThat(((Number) candidates.get(0).get("score")).doubleValue()).isGreaterThanOrEqualTo(0.55);
        assertThat(candidates).extracting(c -> c.get("candidateId")).doesNotContain(unrelated);
        given().auth().oauth2(REGISTRAR).get("/api/v1/petitions/" + unrelated + "/repeat-candidates").then()
                .statusCode(200).body("$", hasSize(0));

        // Another county's registrar sees nothing and decides nothing; a handler cannot decide.
        String otherCounty = Tokens.of("registrar", "330106");
        given().auth().oauth2(otherCounty).get("/api/v1/petitions/" + again + "/repeat-candidates").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(otherCounty).post("/api/v1/petitions/" + again + "/repeat-candidates/" + first + "/confirmation")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.handlerOf("330102", "330102-rsj"))
                .post("/api/v1/petitions/" + again + "/repeat-candidates/" + first + "/confirmation").then().statusCode(403);
        // A rejection needs a proposal; a confirmation needs a petition the caller sees.
        given().auth().oauth2(REGISTRAR).post("/api/v1/petitions/" + again + "/repeat-candidates/" + unrelated + "/rejection")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(REGISTRAR).post("/api/v1/petitions/" + again + "/repeat-candidates/"
                        + UUID.randomUUID() + "/confirmation").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("candidateId"));
        given().auth().oauth2(REGISTRAR).post("/api/v1/petitions/" + again + "/repeat-candidates/not-an-id/confirmation")
                .then().statusCode(400).body("errors[0].field", equalTo("path.candidateId"));

        try (TopicProbe topic = new TopicProbe(Topics.INTAKE_EVENTS)) {
            given().auth().oauth2(REGISTRAR).post("/api/v1/petitions/" + again + "/repeat-candidates/" + first + "/confirmation")
                    .then().statusCode(202);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(REGISTRAR)
                    .get("/api/v1/petitions/" + again).then()
                    .body("matter.id", equalTo(first)).body("matter.firstTime", equalTo(false))
                    .body("matter.repeatOf", equalTo(first)));
            ConsumerRecord<String, byte[]> joined = topic.pollUntil(rs -> rs.stream().anyMatch(r -> again.equals(r.key())
                            && "petition.matter-joined.v1".equals(TopicProbe.header(r, "ce_type"))), Duration.ofSeconds(30))
                    .stream().filter(r -> "petition.matter-joined.v1".equals(TopicProbe.header(r, "ce_type")))
                    .filter(r -> again.equals(r.key())).findFirst().orElseThrow();
            assertThat(PetitionRegistrationTest.schema(EventType.MATTER_JOINED_V1).validate(JSON.readTree(joined.value()))).isEmpty();
            assertThat(JSON.readTree(joined.value()).get("matterId").asText()).isEqualTo(first);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(REGISTRAR)
                .get("/api/v1/petitions/" + again + "/repeat-candidates").then()
                .body("[0].state", equalTo("CONFIRMED")).body("[0].decidedBy", equalTo("test-registrar-330000")));
        // Joined once: the same confirmation again changes nothing; moving it to another matter is a conflict.
        given().auth().oauth2(REGISTRAR).post("/api/v1/petitions/" + again + "/repeat-candidates/" + first + "/confirmation")
                .then().statusCode(202);
        given().auth().oauth2(REGISTRAR).post("/api/v1/petitions/" + again + "/repeat-candidates/" + unrelated + "/confirmation")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aRejectedProposalStaysRejected() {
        String village = village();
        String phone = phone();
        String token = UUID.randomUUID().toString().substring(0, 8);
        String first = register("孙" + token, phone, village, "劳动和社会保障_社会保险", "请求为我补缴" + token + "公司欠缴的社会保险");
        String second = register("孙" + token, phone, village, "劳动和社会保障_社会保险", token + "公司未给我缴纳社会保险，要求补缴");
        given().auth().oauth2(REGISTRAR).post("/api/v1/petitions/" + second + "/repeat-candidates/" + first + "/rejection")
                .then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(REGISTRAR)
                .get("/api/v1/petitions/" + second + "/repeat-candidates").then()
                .body("[0].candidateId", equalTo(first)).body("[0].state", equalTo("REJECTED")));
        given().auth().oauth2(REGISTRAR).get("/api/v1/petitions/" + second).then().body("matter.firstTime", equalTo(true));
    }
}
