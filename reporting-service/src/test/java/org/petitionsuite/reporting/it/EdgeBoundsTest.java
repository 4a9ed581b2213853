package org.petitionsuite.reporting.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.petitionsuite.testkit.Tokens;

/**
 * Bounds at the edge (issue 18 item 1), the requests found answering 500 or 404 among them: each is a 400
 * problem+json naming the parameter. Targets are sent as written (already percent-encoded).
 */
@QuarkusTest
class EdgeBoundsTest {
    private static final String TOKEN = Tokens.of("analyst", "330000");

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/reporting/indicators?from=%2B999999999-12-31 | query.from",
            "/api/v1/reporting/indicators?from=0001-01-01 | query.from",
            "/api/v1/reporting/indicators?to=2200-01-01 | query.to",
            "/api/v1/reporting/series?to=2026-13-01 | query.to",
            "/api/v1/reporting/breakdown?region=33%00 | query.region",
            "/api/v1/open-data/volume?from=%2B1000000000-01-01 | query.from"
    })
    void anOutOfBoundsParameterIsA400NamingIt(String target, String field) {
        given().auth().oauth2(TOKEN).urlEncodingEnabled(false).get(target)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
