package org.petitionsuite.reporting.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.petitionsuite.testkit.Tokens;

/** The public open data answers a bounded number of calls without a token from one address, then 429 problem+json. */
@QuarkusTest
@TestProfile(AnonymousRateLimitTest.FiveAMinute.class)
class AnonymousRateLimitTest {
    public static class FiveAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("petition.anonymous-rate-limit.per-minute", "5");
        }
    }

    @Test
    void callsWithoutATokenAreLimitedAndCallsWithOneAreNot() {
        for (int i = 0; i < 5; i++) {
            given().queryParam("region", "330000").get("/api/v1/open-data/volume").then().statusCode(200);
        }
        given().queryParam("region", "330000").get("/api/v1/open-data/volume").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429))
                .body("detail", containsString("at most 5 calls a minute"));
        // A caller with a token is known and audited: not limited here.
        String analyst = Tokens.of("analyst", "330000");
        for (int i = 0; i < 8; i++) {
            given().auth().oauth2(analyst).queryParam("region", "330000").get("/api/v1/open-data/volume").then().statusCode(200);
        }
    }
}
