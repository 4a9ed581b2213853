package org.petitionsuite.routing.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    /** Whether the queue of the receiving organ, read page by page, lists the petition. */
    private static Response queueListing(String token, String id, boolean[] found) {
        Response response = null;
        for (int page = 0; page < 50 && !found[0]; page++) {
            response = given().auth().oauth2(token).queryParam("organ", "330100-jw").queryParam("size", 100)
                    .queryParam("page", page).get("/api/v1/routing/queue");
            if (response.statusCode() != 200) {
                return response;
            }
            List<String> ids = response.jsonPath().getList("items.petitionId");
            found[0] = ids.contains(id);
            if (ids.isEmpty()) {
                break;
            }
        }
        return response;
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

        List<String> violations = new ArrayList<>();
        int cases = 0;
        for (String line : EXPECTED.lines().filter(l -> !l.isBlank()).toList()) {
            String[] cells = line.trim().split("\\s+");
            for (int i = 0; i < RELATIONS.size(); i++) {
                String token = token(cells[1], RELATIONS.get(i));
                boolean[] listed = {false};
                Response response = switch (cells[0]) {
                    case "decision" -> given().auth().oauth2(token).get("/api/v1/routing/decisions/" + id);
                    case "queue" -> queueListing(token, id, listed);
                    case "override" -> given().auth().oauth2(token).contentType("application/json").body("{\"reason\":\"\"}")
                            .post("/api/v1/routing/decisions/" + id + "/override");
                    case "objection" -> given().auth().oauth2(token).contentType("application/json").body("{\"reasons\":\"\"}")
                            .post("/api/v1/routing/decisions/" + id + "/objection");
                    default -> throw new IllegalArgumentException(cells[0]);
                };
                int status = response.statusCode();
                boolean reached = switch (cells[0]) {
                    case "decision" -> status == 200;
                    case "queue" -> status == 200 && listed[0];
                    default -> status != 401 && status != 403 && status != 404;
                };
                boolean quiet = cells[0].equals("queue") ? status == 200 || status == 403 : status == 403 || status == 404;
                boolean expected = cells[i + 2].equals("S");
                cases++;
                if (expected != reached || (!expected && !quiet) || status >= 500) {
                    violations.add(cells[0] + " × " + cells[1] + " × " + RELATIONS.get(i) + ": " + status
                            + ", expected " + (expected ? "reached" : "refused"));
                }
            }
        }
        assertThat(violations).as("routing access matrix (%d cases)", cases).isEmpty();
        assertThat(cases).isEqualTo(4 * 6 * 6);
        // Nothing was applied: still routed to the city's commission, not overridden.
        given().auth().oauth2(Tokens.of("analyst", "330000")).get("/api/v1/routing/decisions/" + id).then()
                .body("route.organCode", equalTo("330100-jw")).body("overriddenBy", equalTo(null));
    }
}
