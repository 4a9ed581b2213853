package org.petitionsuite.intake.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.intake.clock.LimitSweep;
import org.petitionsuite.limits.WorkingDayCalendar;
import org.petitionsuite.testkit.Tokens;
import org.petitionsuite.testkit.TopicProbe;

/**
 * A whole case through the API against the real broker and database: register → route → accept → handling opinion →
 * review → re-review (with a hearing) → evaluation → concluded; every step is an event on Kafka that validates against
 * its schema, and every document reads as the law requires.
 */
@QuarkusTest
class ProcedureWalkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DISTRICT = Tokens.handlerOf("330102", "330102-rsj");
    private static final String CITY = Tokens.handlerOf("330100", "330100-rsj");
    private static final String PROVINCE = Tokens.handlerOf("330000", "330000-rst");
    private static final String PETITION_DEPARTMENT = Tokens.of("supervisor", "330000");
    private static final String COUNTY_SYSTEM = Tokens.integrator("330102", "county-a");

    @Inject
    LimitSweep sweep;

    private static io.restassured.response.Response post(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/petitions/" + path);
    }

    private static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(PetitionRegistrationTest.REGISTRAR)
                .get("/api/v1/petitions/" + id).then().body("status", equalTo(status)));
    }

    private static String acceptedPetition() throws Exception {
        String id = PetitionRegistrationTest.register(Samples.details());
        RoutingTopic.routeTo(id, "330102-rsj", "FORWARD", null);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(PetitionRegistrationTest.REGISTRAR)
                .get("/api/v1/petitions/" + id).then().body("route.organCode", equalTo("330102-rsj")));
        post(DISTRICT, id + "/acceptance", Map.of("decision", "ACCEPT")).then().statusCode(202);
        awaitStatus(id, "ACCEPTED");
        return id;
    }

    private static Map<String, Object> opinion(String level, String outcome) {
        Map<String, Object> body = new HashMap<>(Map.of("outcome", outcome, "factsFound", "经核实，公司拖欠三个月工资属实。",
                "decision", "责令公司七日内足额支付。", "legalBasis", "《保障农民工工资支付条例》第三条"));
        if (level != null) {
            body.put("level", level);
        }
        return body;
    }

    @Test
    void aHandlerTakesACaseThroughTheWholeProcedure() throws Exception {
        try (TopicProbe topic = new TopicProbe(Topics.INTAKE_EVENTS)) {
            String id = acceptedPetition();
            post(DISTRICT, id + "/handling-opinion", opinion(null, "SUPPORT")).then().statusCode(202);
            awaitStatus(id, "OPINION_ISSUED");

            // Review is asked of the city (the level above); the district cannot record it for the city.
            Map<String, Object> review = Map.of("level", "REVIEW", "organCode", "330100-rsj", "organName", "杭州市人力资源和社会保障局",
                    "request", "对处理意见不服，请求复查");
            post(DISTRICT, id + "/review-requests", review).then().statusCode(403);
            post(CITY, id + "/review-requests", review).then().statusCode(202);
            awaitStatus(id, "UNDER_REVIEW");
            post(DISTRICT, id + "/review-opinions", opinion("REVIEW", "UPHOLD")).then().statusCode(403);
            post(CITY, id + "/review-opinions", opinion("REVIEW", "UPHOLD")).then().statusCode(202);
            awaitStatus(id, "REVIEW_OPINION_ISSUED");

            post(PROVINCE, id + "/review-requests", Map.of("level", "RE_REVIEW", "organCode", "330000-rst",
                    "organName", "浙江省人力资源和社会保障厅")).then().statusCode(202);
            awaitStatus(id, "UNDER_RE_REVIEW");
            String today = WorkingDayCalendar.dayOf(java.time.Instant.now()).toString();
            post(PROVINCE, id + "/hearings", Map.of("from", today, "to", today, "summary", "公开听证")).then().statusCode(202);
            // Concluding while the re-review runs is refused, naming the article.
            post(PETITION_DEPARTMENT, id + "/conclusion", Map.of()).then().statusCode(409)
                    .contentType("application/problem+json").body("rule", equalTo("条例 Art 36"));
            post(PROVINCE, id + "/review-opinions", opinion("RE_REVIEW", "UPHOLD")).then().statusCode(202);
            awaitStatus(id, "RE_REVIEW_OPINION_ISSUED");

            post(COUNTY_SYSTEM, id + "/evaluations", Map.of("target", "PETITION_DEPARTMENT", "satisfaction", "SATISFIED")).then().statusCode(202);
            post(COUNTY_SYSTEM, id + "/evaluations", Map.of("target", "RESPONSIBLE_UNIT", "satisfaction", "BASICALLY_SATISFIED")).then().statusCode(202);
            post(COUNTY_SYSTEM, id + "/evaluations", Map.of("target", "RESPONSIBLE_UNIT", "satisfaction", "SATISFIED")).then().statusCode(409);
            post(PETITION_DEPARTMENT, id + "/conclusion", Map.of("note", "复核终结")).then().statusCode(202);
            awaitStatus(id, "CONCLUDED");
            given().auth().oauth2(PetitionRegistrationTest.REGISTRAR).get("/api/v1/petitions/" + id).then()
                    .body("conclusion.basis", equalTo("RE_REVIEW_OPINION"))
                    .body("evaluation.petitionDepartment", equalTo("SATISFIED"))
                    .body("evaluation.open", equalTo(false))
                    .body("reReview.organCode", equalTo("330000-rst"))
                    .body("matter.firstTime", equalTo(true));

            // Registered, then forwarded: the 转送单 to the organ and the 告知 to the petitioner (Art 22 ¶1, Art 23 ¶1).
            List<String> expected = List.of("petition.registered.v1", "petition.document-issued.v1", "petition.document-issued.v1",
                    "petition.accepted.v1", "petition.document-issued.v1",
                    "petition.handling-opinion-issued.v1", "petition.document-issued.v1", "petition.review-requested.v1",
                    "petition.review-opinion-issued.v1", "petition.document-issued.v1", "petition.review-requested.v1",
                    "petition.hearing-recorded.v1", "petition.document-issued.v1", "petition.review-opinion-issued.v1", "petition.document-issued.v1",
                    "petition.evaluated.v1", "petition.evaluated.v1", "petition.concluded.v1");
            List<ConsumerRecord<String, byte[]>> records = topic.pollUntil(rs -> ofPetition(rs, id).size() >= expected.size(),
                    Duration.ofSeconds(60));
            List<ConsumerRecord<String, byte[]>> mine = ofPetition(records, id);
            assertThat(mine.stream().map(r -> TopicProbe.header(r, "ce_type")).toList()).isEqualTo(expected);
            for (ConsumerRecord<String, byte[]> r : mine) {
                EventType type = EventType.fromWireName(TopicProbe.header(r, "ce_type")).orElseThrow();
                assertThat(PetitionRegistrationTest.schema(type).validate(JSON.readTree(r.value())))
                        .as(type.wireName()).isEmpty();
            }
            assertThat(JSON.readTree(mine.get(mine.size() - 1).value()).get("resolvedAtFirstHandling").asBoolean()).isFalse();

            assertDocuments(id);
        }
    }

    private static void assertDocuments(String id) throws Exception {
        List<String> types = given().auth().oauth2(PetitionRegistrationTest.REGISTRAR).get("/api/v1/petitions/" + id + "/documents")
                .then().statusCode(200).extract().jsonPath().getList("type");
        assertThat(types).containsExactly("FORWARDING_SLIP", "ROUTE_NOTICE", "ACCEPTANCE_NOTICE", "HANDLING_OPINION",
                "REVIEW_OPINION", "HEARING_RECORD", "RE_REVIEW_OPINION");
        // 文号 from each issuing organ's own sequence (GB/T 9704 §7.2.3), never from the petition's id.
        List<String> numbers = given().auth().oauth2(PetitionRegistrationTest.REGISTRAR).get("/api/v1/petitions/" + id + "/documents")
                .then().extract().jsonPath().getList("number");
        assertThat(numbers).allMatch(n -> n.matches(".+〔\\d{4}〕[1-9]\\d*号")).noneMatch(n -> n.contains(id.substring(0, 8)));
        String html = given().auth().oauth2(DISTRICT).get("/api/v1/petitions/" + id + "/documents/handling-opinion-1.html")
                .then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(html).contains("信访处理意见书").contains("王建国").contains("请求督促某公司支付拖欠工资")
                .contains("经核实，公司拖欠三个月工资属实。").contains("处理意见：支持。责令公司七日内足额支付。")
                .contains("《保障农民工工资支付条例》第三条").contains("日内（即").contains("向本机关的上一级机关请求复查");
        // The re-review's hearing, recorded by the province's department that held it, moves the answer past its days.
        String hearing = given().auth().oauth2(PetitionRegistrationTest.REGISTRAR)
                .get("/api/v1/petitions/" + id + "/documents/hearing-record-1.html").then().statusCode(200).extract().asString();
        assertThat(hearing).contains("信访事项听证记录").contains("浙江省人力资源和社会保障厅").contains("公开听证")
                .contains("听证所需时间不计算在复核期限内");
        byte[] pdf = given().auth().oauth2(DISTRICT).get("/api/v1/petitions/" + id + "/documents/re-review-opinion-1.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("复核意见书").contains("浙江省人力资源和社会保障厅").contains("不再受理")
                    .contains("作出的复查意见书（"); // the opinion it re-reviews, by organ, date and number
            for (var name : document.getPage(0).getResources().getFontNames()) {
                assertThat(document.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
            }
        }
        given().auth().oauth2(PetitionRegistrationTest.REGISTRAR).get("/api/v1/petitions/" + id + "/documents/nothing-1.pdf")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("registrar", "110000")).get("/api/v1/petitions/" + id + "/documents")
                .then().statusCode(404);
    }

    @Test
    void theClockLapsesAnUnusedReviewWindowAndTheDepartmentConcludes_Art35() throws Exception {
        String id = acceptedPetition();
        post(DISTRICT, id + "/handling-opinion", opinion(null, "EXPLAIN")).then().statusCode(202);
        awaitStatus(id, "OPINION_ISSUED");
        post(PETITION_DEPARTMENT, id + "/conclusion", Map.of()).then().statusCode(409).body("rule", equalTo("条例 Art 35"));
        LocalDate due = LocalDate.parse(given().auth().oauth2(PetitionRegistrationTest.REGISTRAR).get("/api/v1/petitions/" + id)
                .then().body("runningLimit.step", equalTo("REVIEW_REQUEST")).extract().path("runningLimit.due"));
        sweep.sweep(due);
        awaitStatus(id, "OPINION_ISSUED");
        assertThat(sweep.sweep(due.plusDays(1))).isGreaterThanOrEqualTo(1);
        awaitStatus(id, "REVIEW_NOT_REQUESTED_IN_TIME");
        // A request dated after the window (here also a day still to come) is refused.
        post(CITY, id + "/review-requests", Map.of("level", "REVIEW", "organCode", "330100-rsj", "organName", "杭州市人社局",
                "requestedOn", due.plusDays(1).toString())).then().statusCode(400);
        post(PETITION_DEPARTMENT, id + "/conclusion", Map.of()).then().statusCode(202);
        awaitStatus(id, "CONCLUDED");
        given().auth().oauth2(PetitionRegistrationTest.REGISTRAR).get("/api/v1/petitions/" + id).then()
                .body("conclusion.basis", equalTo("NO_REVIEW_REQUESTED"));
    }

    @Test
    void theSameMatterAfterReReviewIsNotAcceptedAgain_Art36_3() throws Exception {
        String first = acceptedPetition();
        post(DISTRICT, first + "/handling-opinion", opinion(null, "NOT_SUPPORT")).then().statusCode(202);
        awaitStatus(first, "OPINION_ISSUED");
        post(CITY, first + "/review-requests", Map.of("level", "REVIEW", "organCode", "330100-rsj", "organName", "市人社局")).then().statusCode(202);
        awaitStatus(first, "UNDER_REVIEW");
        post(CITY, first + "/review-opinions", opinion("REVIEW", "UPHOLD")).then().statusCode(202);
        awaitStatus(first, "REVIEW_OPINION_ISSUED");
        post(PROVINCE, first + "/review-requests", Map.of("level", "RE_REVIEW", "organCode", "330000-rst", "organName", "省人社厅")).then().statusCode(202);
        awaitStatus(first, "UNDER_RE_REVIEW");
        post(PROVINCE, first + "/review-opinions", opinion("RE_REVIEW", "UPHOLD")).then().statusCode(202);
        awaitStatus(first, "RE_REVIEW_OPINION_ISSUED");

        Map<String, Object> again = Samples.json();
        again.put("repeatOf", first);
        String repeat = PetitionRegistrationTest.post(PetitionRegistrationTest.REGISTRAR, again).then().statusCode(201)
                .extract().path("id");
        awaitStatus(repeat, "NOT_ACCEPTED_AGAIN");
        given().auth().oauth2(PetitionRegistrationTest.REGISTRAR).get("/api/v1/petitions/" + repeat).then()
                .body("matter.id", equalTo(first)).body("matter.firstTime", equalTo(false));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(given().auth().oauth2(PetitionRegistrationTest.REGISTRAR)
                .get("/api/v1/petitions/" + repeat + "/documents").then().extract().jsonPath().getList("type"))
                .containsExactly("NOT_ACCEPTED_AGAIN_NOTICE"));

        Map<String, Object> unknown = Samples.json();
        unknown.put("repeatOf", "00000000-0000-0000-0000-000000000000");
        PetitionRegistrationTest.post(PetitionRegistrationTest.REGISTRAR, unknown).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("repeatOf"));
    }

    private static List<ConsumerRecord<String, byte[]>> ofPetition(List<ConsumerRecord<String, byte[]>> records, String id) {
        return records.stream().filter(r -> id.equals(r.key())).toList();
    }

}
