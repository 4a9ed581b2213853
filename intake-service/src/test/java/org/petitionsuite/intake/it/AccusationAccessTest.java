package org.petitionsuite.intake.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.Petitioner;
import org.petitionsuite.intake.api.RegisteringOrgan;
import org.petitionsuite.testkit.Tokens;

/**
 * An accusation through intake's API (条例 Art 30 ¶3, Art 46; PetitionAccess): the accused organ's people get 404 on the
 * petition, its documents and every step; the handling organ sees it all; the registering petition department sees
 * the content but not a confidential accuser's name; supervisors and analysts see neither content nor identity.
 */
@QuarkusTest
class AccusationAccessTest {
    private static final String ACCUSED = "330102-jw";
    private static final String HANDLING = "330100-jw";

    /** A confidential accuser reports the county discipline commission; the letter holds an ID number and a phone. */
    private static PetitionDetails accusation() {
        PetitionDetails d = Samples.details();
        Petitioner accuser = new Petitioner("陈立新", Samples.idNumber("33010219800101123"), "13957112345",
                "浙江省杭州市上城区某路1号", true, false);
        return new PetitionDetails(List.of(accuser), d.channel(), Purpose.REPORT_OR_ACCUSATION, "纪检监察",
                "举报上城区纪委某干部收受好处。我的身份证号" + accuser.idNumber() + "，电话13957112345。",
                "陈立新亲眼所见。", "330102", 1, false, "上城区纪委某干部",
                new RegisteringOrgan("330102-xfj", "上城区信访局", "330102"), d.receivedAt(), d.sourceSystem(),
                d.sourceReference(), null, List.of());
    }

    private static String routedAccusation() throws Exception {
        String id = PetitionRegistrationTest.register(accusation());
        RoutingTopic.routeTo(id, HANDLING, "FORWARD", null, List.of(ACCUSED));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.handlerOf("330100", HANDLING))
                .get("/api/v1/petitions/" + id).then().statusCode(200).body("route.organCode", equalTo(HANDLING)));
        return id;
    }

    @Test
    void theAccusedOrganGets404EverywhereAndCannotAct() throws Exception {
        String id = routedAccusation();
        for (String accused : List.of(Tokens.handlerOf("330102", ACCUSED), Tokens.handlerOf("330100", ACCUSED))) {
            given().auth().oauth2(accused).get("/api/v1/petitions/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(accused).get("/api/v1/petitions/" + id + "/documents").then().statusCode(404);
            given().auth().oauth2(accused).queryParam("size", 100).get("/api/v1/petitions").then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            given().auth().oauth2(accused).contentType("application/json").body(Map.of("decision", "ACCEPT"))
                    .post("/api/v1/petitions/" + id + "/acceptance").then().statusCode(404);
            given().auth().oauth2(accused).contentType("application/json")
                    .body(Map.of("level", "REVIEW", "organCode", ACCUSED, "organName", "上城区纪委"))
                    .post("/api/v1/petitions/" + id + "/review-requests").then().statusCode(404);
        }
    }

    @Test
    void eachRoleSeesWhatTheAccessTableGivesIt() throws Exception {
        String id = routedAccusation();
        PetitionDetails sent = accusation();
        String idNumber = sent.petitioners().get(0).idNumber();
        // The handling organ: everything, the confidential accuser's name included.
        given().auth().oauth2(Tokens.handlerOf("330100", HANDLING)).get("/api/v1/petitions/" + id).then()
                .body("petitioners[0].name", equalTo("陈立新"))
                .body("request", containsString(idNumber))
                .body("accusedTarget", equalTo("上城区纪委某干部"));
        given().auth().oauth2(Tokens.handlerOf("330100", HANDLING)).get("/api/v1/petitions/" + id + "/documents")
                .then().statusCode(200);
        // The registering petition department: the content, but not the name of an accuser who asked for confidentiality.
        given().auth().oauth2(Tokens.of("registrar", "330102")).get("/api/v1/petitions/" + id).then()
                .body("petitioners[0].name", equalTo("陈**"))
                .body("request", containsString("收受好处"));
        // A registrar elsewhere in the province, supervisors, analysts: neither the content nor who the accuser is.
        for (String token : List.of(Tokens.of("registrar", "330000"), Tokens.of("supervisor", "330102"), Tokens.of("analyst", "330000"))) {
            given().auth().oauth2(token).get("/api/v1/petitions/" + id).then().statusCode(200)
                    .body("request", not(containsString("收受好处")))
                    .body("request", not(containsString(idNumber)))
                    .body("factsAndReasons", not(containsString("陈立新")))
                    .body("accusedTarget", not(containsString("纪委")))
                    .body("petitioners[0].name", equalTo("陈**"));
        }
        // Another organ of the county, as a handler: not its work, 404.
        given().auth().oauth2(Tokens.handlerOf("330102", "330102-zjj")).get("/api/v1/petitions/" + id).then().statusCode(404);
        // Documents hold the accusation: a supervisor who sees it masked may not download them.
        given().auth().oauth2(Tokens.of("supervisor", "330102")).get("/api/v1/petitions/" + id + "/documents/x.html")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void freeTextIsRedactedForRolesThatSeePersonalDataMasked() {
        PetitionDetails d = Samples.details();
        String idNumber = Samples.idNumber("33010219900101123");
        String id = PetitionRegistrationTest.register(new PetitionDetails(d.petitioners(), d.channel(), d.purpose(),
                d.contentCategory(), "王建国（身份证" + idNumber + "，手机139 5711 2345）请求支付工资", "银行卡6222021234567890123未到账",
                d.placeOfMatter(), 1, false, null, d.registeringOrgan(), d.receivedAt(), d.sourceSystem(),
                d.sourceReference(), null, List.of()));
        PetitionRegistrationTest.awaitReadModel(id);
        given().auth().oauth2(Tokens.of("analyst", "330102")).get("/api/v1/petitions/" + id).then()
                .body("request", equalTo("王**（身份证[身份证号]，手机[电话]）请求支付工资"))
                .body("factsAndReasons", equalTo("银行卡[银行卡号]未到账"));
        given().auth().oauth2(Tokens.of("registrar", "330102")).get("/api/v1/petitions/" + id).then()
                .body("request", containsString(idNumber));
    }
}
