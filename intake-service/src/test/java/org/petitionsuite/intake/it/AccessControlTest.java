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
        given().auth().oauth2(Tokens.of("handler", "330106")).get("/api/v1/petitions/" + id).then().statusCode(200);
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
    void personalDataIsShownInFullOnlyToRolesThatNeedIt() {
        PetitionDetails details = inXihu(true);
        Petitioner p = details.petitioners().get(0);
        String id = PetitionRegistrationTest.register(details);
        PetitionRegistrationTest.awaitReadModel(id);

        given().auth().oauth2(Tokens.of("handler", "330106")).get("/api/v1/petitions/" + id).then()
                .body("petitioners[0].name", equalTo(p.name()))
                .body("petitioners[0].idNumber", equalTo(p.idNumber()))
                .body("petitioners[0].phone", equalTo(p.phone()));
        // A registrar needs the ID number and phone, not the name of someone who asked for confidentiality.
        given().auth().oauth2(Tokens.of("registrar", "330106")).get("/api/v1/petitions/" + id).then()
                .body("petitioners[0].name", equalTo("周*"))
                .body("petitioners[0].idNumber", equalTo(p.idNumber()));
        given().auth().oauth2(Tokens.of("analyst", "330106")).get("/api/v1/petitions/" + id).then()
                .body("petitioners[0].name", equalTo("周*"))
                .body("petitioners[0].idNumber", equalTo("3301************" + p.idNumber().substring(16)))
                .body("petitioners[0].phone", equalTo("186****0998"))
                .body("petitioners[0].address", equalTo("浙江省杭州市****"));
        // Lists are always masked.
        given().auth().oauth2(Tokens.of("handler", "330106")).queryParam("size", 100).get("/api/v1/petitions").then()
                .body("items.petitioners.flatten().idNumber", not(hasItem(p.idNumber())));
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
