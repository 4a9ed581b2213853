package org.petitionsuite.intake.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.testkit.Tokens;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.Petitioner;
import org.petitionsuite.intake.api.RegisteringOrgan;

/** Bearer JWTs, roles and the region claim: who may do and see what. */
@QuarkusTest
class AccessControlTest {

    /** A petition about 西湖区 (330106), registered by the 西湖区 office. */
    private static PetitionDetails inXihu(boolean confidential) {
        PetitionDetails d = Samples.details();
        Petitioner p = new Petitioner("周敏", Samples.idNumber("33010619880716153"), "18657100998", "浙江省杭州市西湖区某路8号",
                confidential, false);
        return new PetitionDetails(List.of(p), d.channel(), d.purpose(), d.contentCategory(), d.request(),
                d.factsAndReasons(), "330106", d.numberOfPeople(), d.collective(), d.accusedTarget(),
                new RegisteringOrgan("330106-xfj", "西湖区信访局", "330106"), d.receivedAt(), d.sourceSystem(),
                d.sourceReference(), null, null);
    }

    @Test
    void everyApiCallNeedsAValidToken() {
        given().get("/api/v1/petitions").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2("not-a-jwt").get("/api/v1/petitions").then().statusCode(401);
        given().auth().oauth2(Tokens.expired("registrar", "330000")).get("/api/v1/petitions").then().statusCode(401);
        given().auth().oauth2(Tokens.fromAnotherIssuer("registrar", "330000")).get("/api/v1/petitions").then().statusCode(401);
        // A token minted for another system, and one valid for a century, are refused too.
        given().auth().oauth2(Tokens.forAnotherAudience("registrar", "330000")).get("/api/v1/petitions").then().statusCode(401);
        given().auth().oauth2(Tokens.forACentury("registrar", "330000")).get("/api/v1/petitions").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Samples.json()).post("/api/v1/petitions").then().statusCode(401);
    }

    @Test
    void rolesThatDoNotRegisterCannotRegister() {
        for (String role : new String[] {"analyst", "supervisor", "handler"}) {
            given().auth().oauth2(Tokens.of(role, "330000")).contentType(ContentType.JSON).body(Samples.json())
                    .post("/api/v1/petitions").then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void aCountyNeverSeesAnotherCountysPetitions() {
        String id = PetitionRegistrationTest.register(inXihu(false));
        PetitionRegistrationTest.awaitReadModel(id);
        String shangcheng = Tokens.of("handler", "330102");
        given().auth().oauth2(shangcheng).get("/api/v1/petitions/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(shangcheng).queryParam("size", 100).get("/api/v1/petitions").then().statusCode(200)
                .body("items.id", not(hasItem(id)))
                .body("items.placeOfMatter", everyItem(startsWith("330102")));
        // A handler sees its own organ's work (here: the petition department that registered it), no other organ's.
        given().auth().oauth2(Tokens.handlerOf("330106", "330106-xfj")).get("/api/v1/petitions/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.handlerOf("330106", "330106-hbj")).get("/api/v1/petitions/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.of("analyst", "330100")).get("/api/v1/petitions/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of("analyst", "330000")).get("/api/v1/petitions/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of("analyst", "440000")).get("/api/v1/petitions/" + id).then().statusCode(404);
    }

    @Test
    void aTokenWithoutAValidRegionSeesNothing() {
        given().auth().oauth2(Tokens.of("analyst", "33")).get("/api/v1/petitions").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void personalDataIsShownInFullOnlyToRolesThatNeedIt() throws Exception {
        PetitionDetails details = inXihu(true);
        Petitioner p = details.petitioners().get(0);
        String id = PetitionRegistrationTest.register(details);
        PetitionRegistrationTest.awaitReadModel(id);
        RoutingTopic.routeTo(id, "330106-hbj", "FORWARD", null);
        String handling = Tokens.handlerOf("330106", "330106-hbj");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(handling).get("/api/v1/petitions/" + id).then().statusCode(200));

        // The handling organ sees everything, the name of a petitioner who asked for confidentiality included.
        given().auth().oauth2(handling).get("/api/v1/petitions/" + id).then()
                .body("petitioners[0].name", equalTo(p.name()))
                .body("petitioners[0].idNumber", equalTo(p.idNumber()))
                .body("petitioners[0].phone", equalTo(p.phone()));
        // The registering petition department's handler and registrar do not see the identity of someone who asked
        // for confidentiality (Art 46: hidden from registrars too): name, ID number, phone and address are masked.
        for (String department : List.of(Tokens.handlerOf("330106", "330106-xfj"), Tokens.of("registrar", "330106"))) {
            given().auth().oauth2(department).get("/api/v1/petitions/" + id).then()
                    .body("petitioners[0].name", equalTo("周*"))
                    .body("petitioners[0].idNumber", equalTo("3301************" + p.idNumber().substring(16)))
                    .body("petitioners[0].phone", equalTo("186****0998"));
        }
        // Without a confidentiality request, the registering department sees the petitioner in full.
        String open = PetitionRegistrationTest.register(inXihu(false));
        PetitionRegistrationTest.awaitReadModel(open);
        given().auth().oauth2(Tokens.of("registrar", "330106")).get("/api/v1/petitions/" + open).then()
                .body("petitioners[0].name", equalTo(p.name()))
                .body("petitioners[0].idNumber", equalTo(p.idNumber()));
        given().auth().oauth2(Tokens.of("analyst", "330106")).get("/api/v1/petitions/" + id).then()
                .body("petitioners[0].name", equalTo("周*"))
                .body("petitioners[0].idNumber", equalTo("3301************" + p.idNumber().substring(16)))
                .body("petitioners[0].phone", equalTo("186****0998"))
                .body("petitioners[0].address", equalTo("浙江省杭州市****"));
        // Lists are always masked.
        given().auth().oauth2(handling).queryParam("size", 100).get("/api/v1/petitions").then()
                .body("items.id", hasItem(id))
                .body("items.petitioners.flatten().idNumber", not(hasItem(p.idNumber())));
    }

    @Test
    void nobodyRegistersInTheNameOfAnOrganOutsideTheirRegion() {
        PetitionDetails inXihu = inXihu(false);
        given().auth().oauth2(Tokens.integrator("330102", "county-a")).contentType(ContentType.JSON)
                .body(Samples.json(inXihu)).post("/api/v1/petitions").then().statusCode(403)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("registeringOrgan"));
        given().auth().oauth2(Tokens.of("registrar", "330102")).contentType(ContentType.JSON)
                .body(Samples.json(inXihu)).post("/api/v1/petitions").then().statusCode(403);
    }

    @Test
    void aDeskElsewhereReusingASourceReferenceGetsItsOwnPetitionNeverTheOther() {
        PetitionDetails xihu = inXihu(false);
        String theirs = PetitionRegistrationTest.register(xihu);
        // The same source system and reference, typed by a desk in 上城区 for its own organ: another petition.
        PetitionDetails copy = new PetitionDetails(xihu.petitioners(), xihu.channel(), xihu.purpose(), xihu.contentCategory(),
                xihu.request(), xihu.factsAndReasons(), "330102", 1, false, null,
                new RegisteringOrgan("330102-xfj", "上城区信访局", "330102"), xihu.receivedAt(), xihu.sourceSystem(),
                xihu.sourceReference(), null, null);
        String mine = given().auth().oauth2(Tokens.of("registrar", "330102")).contentType(ContentType.JSON)
                .body(Samples.json(copy)).post("/api/v1/petitions").then().statusCode(201).extract().path("id");
        org.assertj.core.api.Assertions.assertThat(mine).isNotEqualTo(theirs);
    }

    @Test
    void anIntegratorSeesAndTouchesOnlyItsOwnSourceSystemsRecords() {
        PetitionDetails d = Samples.details();
        String id = given().auth().oauth2(Tokens.integrator("330102", "county-a")).contentType(ContentType.JSON)
                .body(Samples.json(d)).post("/api/v1/petitions").then().statusCode(201).extract().path("id");
        PetitionRegistrationTest.awaitReadModel(id);
        given().auth().oauth2(Tokens.integrator("330102", "county-a")).get("/api/v1/petitions/" + id).then().statusCode(200);
        String other = Tokens.integrator("330102", "county-b");
        given().auth().oauth2(other).get("/api/v1/petitions/" + id).then().statusCode(404);
        given().auth().oauth2(other).queryParam("size", 100).get("/api/v1/petitions").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(other).contentType(ContentType.JSON)
                .body(java.util.Map.of("target", "RESPONSIBLE_UNIT", "satisfaction", "SATISFIED"))
                .post("/api/v1/petitions/" + id + "/evaluations").then().statusCode(404);
    }

    @Test
    void listsFilterAndPage() {
        PetitionDetails base = inXihu(false);
        for (int i = 0; i < 3; i++) {
            PetitionDetails d = Samples.details();
            String id = PetitionRegistrationTest.register(new PetitionDetails(base.petitioners(), Channel.ONLINE,
                    d.purpose(), "生态环境_噪声污染", d.request(), d.factsAndReasons(), "330106001001", 1, false, null,
                    base.registeringOrgan(), d.receivedAt().minusSeconds(i), "county-filter-test", d.sourceReference(), null, null));
            PetitionRegistrationTest.awaitReadModel(id);
        }
        String token = Tokens.of("analyst", "330106");
        given().auth().oauth2(token)
                .queryParam("sourceSystem", "county-filter-test").queryParam("channel", "ONLINE")
                .queryParam("contentCategory", "生态环境").queryParam("region", "330106001001")
                .queryParam("size", 2).queryParam("page", 0)
                .get("/api/v1/petitions").then().statusCode(200)
                .body("size", equalTo(2))
                .body("items.size()", equalTo(2))
                .body("items.channel", everyItem(equalTo("ONLINE")));
        given().auth().oauth2(token)
                .queryParam("sourceSystem", "county-filter-test").queryParam("contentCategory", "生态")
                .get("/api/v1/petitions").then().statusCode(200)
                .body("total", equalTo(0));
    }
}
