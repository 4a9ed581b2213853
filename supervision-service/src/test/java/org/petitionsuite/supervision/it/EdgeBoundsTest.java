package org.petitionsuite.supervision.it;

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
    private static final String TOKEN = Tokens.of("supervisor", "330000");

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/supervision/clocks?within=2147483648 | query.within",
            "/api/v1/supervision/clocks?within=abc | query.within",
            "/api/v1/supervision/clocks?page=2147483647 | query.page",
            "/api/v1/supervision/clocks?size=1e3 | query.size",
            "/api/v1/supervision/clocks?size=%EF%BC%91%EF%BC%92 | query.size",
            "/api/v1/supervision/clocks?asOf=%2B999999999-12-31 | query.asOf",
            "/api/v1/supervision/clocks?asOf=0001-01-01 | query.asOf",
            "/api/v1/supervision/clocks?asOf=2026-02-30 | query.asOf",
            "/api/v1/supervision/cases/p-1?asOf=%2B999999999-12-31 | query.asOf",
            "/api/v1/supervision/actions?page=2147483647 | query.page",
            "/api/v1/supervision/actions?page=abc | query.page",
            "/api/v1/supervision/actions?size=-1 | query.size",
            "/api/v1/supervision/actions?overdue=yes | query.overdue",
            "/api/v1/supervision/actions/a%00b | path",
            "/api/v1/supervision/actions/330000 | path.actionId",
            "/api/v1/supervision/cases/4BF92F35-77B3-4DA6-A3CE-929D0E0E4736 | path.petitionId"
    })
    void anOutOfBoundsParameterIsA400NamingIt(String target, String field) {
        given().auth().oauth2(TOKEN).urlEncodingEnabled(false).get(target)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
