package org.petitionsuite.intake.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.testkit.Tokens;

/**
 * One matter down each legal channel through intake's API (条例 Art 29–34, Art 23 ¶4; petition-rules.md §2.2–2.3):
 * which limits exist, which steps are refused, the documents issued and the final national status. Off the petition
 * track a matter has no handling limit, no extension and no handling opinion; it is closed by 导入, whose notice names
 * the channel and, where the statute gives one, the channel's own time limit. On the petition track it is the other way
 * round: no 导入, a handling opinion.
 */
@QuarkusTest
class ChannelWalkTest {
    private static final String HANDLER = Tokens.handlerOf("330102", "330102-rsj");

    /** A channel and the own limit its notice must state (null: none the rules confirm). */
    private record Walk(LegalChannel channel, String ownLimit) {
    }

    private static final List<Walk> WALKS = List.of(
            new Walk(LegalChannel.COURT_PROCEDURE, "六个月"),
            new Walk(LegalChannel.ARBITRATION, "一年"),
            new Walk(LegalChannel.ADMINISTRATIVE_RECONSIDERATION, "六十日"),
            new Walk(LegalChannel.DUTY_PERFORMANCE, null),
            new Walk(LegalChannel.DISCIPLINE_INSPECTION, null),
            new Walk(LegalChannel.SUGGESTION_HANDLING, null),
            new Walk(LegalChannel.PETITION_PROCEDURE, null));

    @Test
    void eachChannelGetsTheProcedureTheLawGivesIt() throws Exception {
        for (Walk walk : WALKS) {
            LegalChannel channel = walk.channel();
            String id = PetitionRegistrationTest.register(Samples.details());
            classifyAndRoute(id, channel);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(HANDLER).get("/api/v1/petitions/" + id)
                    .then().statusCode(200).body("classification.channel", equalTo(channel.name()))
                    .body("route.organCode", equalTo("330102-rsj")));
            given().auth().oauth2(HANDLER).contentType("application/json").body(Map.of("decision", "ACCEPT"))
                    .post("/api/v1/petitions/" + id + "/acceptance").then().statusCode(202);
            String path = "/api/v1/petitions/" + id;
            boolean petitionTrack = channel.handlingLimitOfArticle34();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(HANDLER).get(path).then()
                    .body("status", equalTo("ACCEPTED"))
                    .body("handling.due", petitionTrack ? notNullValue() : nullValue()));

            if (petitionTrack) {
                given().auth().oauth2(HANDLER).contentType("application/json").body(Map.of("guidance", "请另行起诉"))
                        .post(path + "/hand-over").then().statusCode(409).contentType("application/problem+json")
                        .body("rule", equalTo("条例 Art 31(六), Art 32"));
                given().auth().oauth2(HANDLER).contentType("application/json").body(Map.of("outcome", "SUPPORT",
                                "factsFound", "查明拖欠属实", "decision", "责令支付", "legalBasis", "《劳动法》第五十条"))
                        .post(path + "/handling-opinion").then().statusCode(202);
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(HANDLER).get(path).then()
                        .body("status", equalTo("OPINION_ISSUED")));
                continue;
            }
            given().auth().oauth2(HANDLER).contentType("application/json")
                    .body(Map.of("days", 10, "reason", "情况复杂", "approvedBy", "局长"))
                    .post(path + "/extension").then().statusCode(409).contentType("application/problem+json");
            given().auth().oauth2(HANDLER).contentType("application/json").body(Map.of("outcome", "SUPPORT",
                            "factsFound", "f", "decision", "d", "legalBasis", "b"))
                    .post(path + "/handling-opinion").then().statusCode(409).body("rule", equalTo("条例 Art 31(六)"));
            given().auth().oauth2(HANDLER).contentType("application/json").body("{}").post(path + "/hand-over").then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("guidance"));
            // The accused organ, another organ and the registrar cannot hand it over.
            given().auth().oauth2(Tokens.handlerOf("330102", "330102-zjj")).contentType("application/json")
                    .body(Map.of("guidance", "x")).post(path + "/hand-over").then().statusCode(404);

            given().auth().oauth2(HANDLER).contentType("application/json")
                    .body(Map.of("guidance", "请于期限内向有权机关依法提出。"))
                    .post(path + "/hand-over").then().statusCode(202);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(HANDLER).get(path).then()
                    .body("status", equalTo("CONCLUDED"))
                    .body("conclusion.basis", equalTo("OWN_PROCEDURE")));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(HANDLER).get(path + "/documents")
                    .then().body("documentId", hasItem("channel-notice-1")));
            String notice = given().auth().oauth2(HANDLER).get(path + "/documents/channel-notice-1.html").then().statusCode(200)
                    .extract().asString();
            assertThat(notice).as(channel.name()).contains("信访事项导入告知书", channel.label(), "请于期限内向有权机关依法提出");
            if (walk.ownLimit() != null) {
                assertThat(notice).as(channel.name()).contains(walk.ownLimit());
            } else {
                assertThat(notice).as(channel.name()).doesNotContain("期限：");
            }
            // Closed: nothing further on the petition side.
            given().auth().oauth2(HANDLER).contentType("application/json").body(Map.of("guidance", "again"))
                    .post(path + "/hand-over").then().statusCode(409);
        }
    }

    /** routing's decisions for the channel: classified, then routed to the labour bureau, as routing publishes them. */
    private static void classifyAndRoute(String id, LegalChannel channel) throws Exception {
        RoutingTopic.send(id, """
                {"petitionId":"%s","placeOfMatter":"330102","kind":"%s","channel":"%s",
                 "catalogVersion":"national@2026.1","ruleId":"walk","article":"%s","rationale":"walk","evidence":[],
                 "classifiedAt":"%s","registrationId":"r-1"}""".formatted(id, channel.kind(), channel, channel.article(),
                Instant.now()), "petition.classified.v1", UUID.randomUUID().toString());
        boolean ownNotice = !channel.acceptanceNoticeOfArticle23();
        RoutingTopic.send(id, """
                {"petitionId":"%s","placeOfMatter":"330102","organCode":"330102-rsj","organName":"某机关",
                 "organLevel":"COUNTY","organRegion":"330102","mode":"FORWARD","reportWithinDays":null,
                 "directoryVersion":"test","article":"条例 Art 22 ¶1","rationale":"walk","flags":[%s],
                 "routedAt":"%s","accusedOrgans":[],"noticeDue":%s,"objectionDue":"%s"}""".formatted(id,
                ownNotice ? "\"NOTICE_BY_OWN_RULES\"" : "", Instant.now(),
                ownNotice ? "null" : "\"" + RoutingTopic.NOTICE_DUE + "\"", RoutingTopic.NOTICE_DUE),
                "petition.routed.v1", UUID.randomUUID().toString());
    }
}
