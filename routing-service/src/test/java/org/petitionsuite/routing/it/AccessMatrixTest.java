package org.petitionsuite.routing.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.testkit.Tokens;
import org.petitionsuite.testkit.TopicWriter;

/**
 * Every petition endpoint of routing × every role × every relation to one accusation, through the API: an accusation
 * against 上城区纪委 from county-a, routed to 杭州市纪委. Writes carry bodies the aggregate refuses (400), never applied.
 * S = reached (a read answers 200 and shows the petition; a write gets past access control), - = refused without a
 * hint (403 or 404). Written from the access table in the README, not from the code.
 */
@QuarkusTest
class AccessMatrixTest {
    private static final List<String> RELATIONS = List.of("own-organ", "petition-department", "other-organ", "accused-organ",
            "other-region", "other-source");

    private static final String EXPECTED = """
            decision   registrar   S S S - - S
            decision   handler     S S - - - -
            decision   supervisor  S S S - - S
            decision   analyst     S S S - - S
            decision   integrator  S S S - - -
            decision   admin       S S S - - S
            queue      registrar   S S S - - S
            queue      handler     S - - - - -
            queue      supervisor  S S S - - S
            queue      analyst     S S S - - S
            queue      integrator  - - - - - -
            queue      admin       S S S - - S
            override   registrar   - - - - - -
            override   handler     - S - - - -
            override   supervisor  S S S - - S
            override   analyst     - - - - - -
            override   integrator  - - - - - -
            override   admin       S S S - - S
            objection  registrar   - - - - - -
            objection  handler     S S - - - -
            objection  supervisor  - - - - - -
            objection  analyst     - - - - - -
            objection  integrator  - - - - - -
            objection  admin       - - - - - -
            """;

    private static String token(String role, String relation) {
        return switch (relation) {
            case "own-organ" -> Tokens.of(role, "330100", "330100-jw", "county-a");
            case "petition-department" -> Tokens.of(role, "330102", "330102-xfj", "county-a");
            case "other-organ" -> Tokens.of(role, "330102", "330102-zjj", "county-a");
            case "accused-organ" -> Tokens.of(role, "330102", "330102-jw", "county-a");
            case "other-region" -> Tokens.of(role, "330106", "330106-xfj", "county-a");
            case "other-source" -> Tokens.of(role, "330102", null, "county-b");
            default -> throw new IllegalArgumentException(relation);
        };
    }

    /** A write got past access control (the aggregate then refuses its empty body). */
    private static boolean passedAccess(int status) {
        return status != 401 && status != 403 && status != 404;
    }

    @Test
    void everyEndpointRoleAndRelationMatchesTheAccessTable() throws Exception {
        String id = UUID.randomUUID().toString();
        TopicWriter.send(Topics.INTAKE_EVENTS, id, "petition.registered.v1", UUID.randomUUID().toString(), """
                {"petitionId":"%s","registeredAt":"2026-11-21T08:00:00Z","receivedAt":"2026-11-21T07:00:00Z",
                 "channel":"LETTER","purpose":"REPORT_OR_ACCUSATION","contentCategory":"纪检监察",
                 "request":"反映上城区纪委某干部收受好处","factsAndReasons":"见请求","placeOfMatter":"330102",
                 "numberOfPeople":1,"collective":false,"petitioners":[],"accusedTarget":"上城区纪委某干部",
                 "registeringOrgan":{"code":"330102-xfj","name":"上城区信访局","regionCode":"330102"},
                 "sourceSystem":"county-a","sourceReference":null,"matterId":"%s","firstTime":true}""".formatted(id, id));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.of("analyst", "330000"))
                .get("/api/v1/routing/decisions/" + id).then().statusCode(200).body("route.organCode", equalTo("330100-jw")));

        int[] cases = {0};
        List<String> violations = AccessTable.violations(EXPECTED, RELATIONS, (endpoint, role, relation) -> {
            String token = token(role, relation);
            return switch (endpoint) {
                case "decision" -> AccessTable.single(given().auth().oauth2(token).get("/api/v1/routing/decisions/" + id),
                        status -> status == 200);
                case "queue" -> AccessTable.listing(token, "/api/v1/routing/queue", Map.of("organ", "330100-jw"), id);
                case "override" -> AccessTable.single(given().auth().oauth2(token).contentType("application/json")
                        .body("{\"reason\":\"\"}").post("/api/v1/routing/decisions/" + id + "/override"), AccessMatrixTest::passedAccess);
                case "objection" -> AccessTable.single(given().auth().oauth2(token).contentType("application/json")
                        .body("{\"reasons\":\"\"}").post("/api/v1/routing/decisions/" + id + "/objection"), AccessMatrixTest::passedAccess);
                default -> throw new IllegalArgumentException(endpoint);
            };
        }, cases);
        assertThat(violations).as("routing access matrix (%d cases)", cases[0]).isEmpty();
        assertThat(cases[0]).isEqualTo(4 * 6 * 6);
        // Nothing was applied: still routed to the city's commission, not overridden.
        given().auth().oauth2(Tokens.of("analyst", "330000")).get("/api/v1/routing/decisions/" + id).then()
                .body("route.organCode", equalTo("330100-jw")).body("overriddenBy", equalTo(null));
    }
}
