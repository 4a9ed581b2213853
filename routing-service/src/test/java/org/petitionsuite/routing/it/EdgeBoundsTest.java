package org.petitionsuite.routing.it;

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
            "/api/v1/routing/unrouted?page=2147483647 | query.page",
            "/api/v1/routing/unrouted?page=abc | query.page",
            "/api/v1/routing/unrouted?size=1e3 | query.size",
            "/api/v1/routing/unrouted?size=%EF%BC%91%EF%BC%92 | query.size",
            "/api/v1/routing/unrouted?size=2147483648 | query.size",
            "/api/v1/routing/queue?organ=330102-rsj&page=2147483647 | query.page",
            "/api/v1/routing/decisions/a%00b | path",
            "/api/v1/routing/decisions/%27%20or%20%271%27%3D%271 | path.petitionId"
    })
    void anOutOfBoundsParameterIsA400NamingIt(String target, String field) {
        given().auth().oauth2(TOKEN).urlEncodingEnabled(false).get(target)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
