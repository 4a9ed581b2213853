package org.petitionsuite.intake.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.testkit.Tokens;

/**
 * Every endpoint of intake × every role × every relation a caller can stand in to one petition, through the API.
 * The petition: registered by 上城区信访局 for source system county-a, routed to 上城区人社局, accusing 上城区纪委.
 * Writes carry bodies that a permitted caller gets refused by the procedure (400 or 409), never applied, so the
 * petition does not change while the matrix runs. S = reached (a read answers 200 and shows the petition; a write gets
 * past access control), - = refused without a hint (403 or 404; a read of one petition 404 exactly).
 */
@QuarkusTest
class AccessMatrixTest {
    private static final List<String> RELATIONS = List.of("own-organ", "other-organ", "accused-organ", "other-region", "other-source");

    /** Written from the access table in the README, not from the code. */
    private static final String EXPECTED = """
            get             registrar   S S - - S
            get             handler     S - - - -
            get             supervisor  S S - - S
            get             analyst     S S - - S
            get             integrator  S S - - -
            get             admin       S S - - S
            list            registrar   S S - - S
            list            handler     S - - - -
            list            supervisor  S S - - S
            list            analyst     S S - - S
            list            integrator  S S - - -
            list            admin       S S - - S
            documents       registrar   S S - - S
            documents       handler     S - - - -
            documents       supervisor  S S - - S
            documents       analyst     - - - - -
            documents       integrator  - - - - -
            documents       admin       S S - - S
            acceptance      registrar   - - - - -
            acceptance      handler     S - - - -
            acceptance      supervisor  - - - - -
            acceptance      analyst     - - - - -
            acceptance      integrator  - - - - -
            acceptance      admin       S S - - S
            extension       registrar   - - - - -
            extension       handler     S - - - -
            extension       supervisor  - - - - -
            extension       analyst     - - - - -
            extension       integrator  - - - - -
            extension       admin       S S - - S
            opinion         registrar   - - - - -
            opinion         handler     S - - - -
            opinion         supervisor  - - - - -
            opinion         analyst     - - - - -
            opinion         integrator  - - - - -
            opinion         admin       S S - - S
            hand-over       registrar   - - - - -
            hand-over       handler     S - - - -
            hand-over       supervisor  - - - - -
            hand-over       analyst     - - - - -
            hand-over       integrator  - - - - -
            hand-over       admin       S S - - S
            hearing         registrar   - - - - -
            hearing         handler     S - - - -
            hearing         supervisor  - - - - -
            hearing         analyst     - - - - -
            hearing         integrator  - - - - -
            hearing         admin       S S - - S
            agreement       registrar   - - - - -
            agreement       handler     S - - - -
            agreement       supervisor  - - - - -
            agreement       analyst     - - - - -
            agreement       integrator  - - - - -
            agreement       admin       S S - - S
            review-request  registrar   - - - - -
            review-request  handler     S S - - -
            review-request  supervisor  - - - - -
            review-request  analyst     - - - - -
            review-request  integrator  - - - - -
            review-request  admin       S S - - S
            review-opinion  registrar   - - - - -
            review-opinion  handler     S - - - -
            review-opinion  supervisor  - - - - -
            review-opinion  analyst     - - - - -
            review-opinion  integrator  - - - - -
            review-opinion  admin       S S - - S
            evaluation      registrar   S S - - S
            evaluation      handler     - - - - -
            evaluation      supervisor  - - - - -
            evaluation      analyst     - - - - -
            evaluation      integrator  S S - - -
            evaluation      admin       S S - - S
            conclusion      registrar   - - - - -
            conclusion      handler     - - - - -
            conclusion      supervisor  S S - - S
            conclusion      analyst     - - - - -
            conclusion      integrator  - - - - -
            conclusion      admin       S S - - S
            erasure         registrar   - - - - -
            erasure         handler     - - - - -
            erasure         supervisor  - - - - -
            erasure         analyst     - - - - -
            erasure         integrator  - - - - -
            erasure         admin       S S - - S
            person-erasure  registrar   - - - - -
            person-erasure  handler     - - - - -
            person-erasure  supervisor  - - - - -
            person-erasure  analyst     - - - - -
            person-erasure  integrator  - - - - -
            person-erasure  admin       S S S S S
            petitioner-erasure registrar   - - - - -
            petitioner-erasure handler     - - - - -
            petitioner-erasure supervisor  - - - - -
            petitioner-erasure analyst     - - - - -
            petitioner-erasure integrator  - - - - -
            petitioner-erasure admin       S S - - S
            """;

    /** The token of someone in {@code role} standing in {@code relation} to the petition. */
    private static String token(String role, String relation) {
        return switch (relation) {
            case "own-organ" -> Tokens.of(role, "330102", "330102-rsj", "county-a");
            case "other-organ" -> Tokens.of(role, "330102", "330102-zjj", "county-a");
            case "accused-organ" -> Tokens.of(role, "330102", "330102-jw", "county-a");
            case "other-region" -> Tokens.of(role, "330106", "330106-xfj", "county-a");
            case "other-source" -> Tokens.of(role, "330102", null, "county-b");
            default -> throw new IllegalArgumentException(relation);
        };
    }

    private static Response call(String endpoint, String token, String id, String relation) {
        var request = given().auth().oauth2(token).contentType("application/json");
        String path = "/api/v1/petitions/" + id;
        // Bodies the procedure refuses (the petition awaits acceptance): access is decided before them.
        return switch (endpoint) {
            case "get" -> request.get(path);
            case "list" -> request.queryParam("size", 100).queryParam("receivedFrom", "2000-01-01T00:00:00Z").get("/api/v1/petitions");
            case "documents" -> request.get(path + "/documents");
            case "acceptance" -> request.body("{}").post(path + "/acceptance");
            case "extension" -> request.body("{}").post(path + "/extension");
            case "opinion" -> request.body("{}").post(path + "/handling-opinion");
            case "hand-over" -> request.body("{}").post(path + "/hand-over");
            case "hearing" -> request.body("{}").post(path + "/hearings");
            case "agreement" -> request.body("{}").post(path + "/agreement");
            case "review-request" -> request.body(Map.of("level", "REVIEW", "organCode", organOf(relation), "organName", "某机关"))
                    .post(path + "/review-requests");
            case "review-opinion" -> request.body(Map.of("level", "REVIEW")).post(path + "/review-opinions");
            case "evaluation" -> request.body(Map.of("target", "RESPONSIBLE_UNIT", "satisfaction", "SATISFIED"))
                    .post(path + "/evaluations");
            case "conclusion" -> request.body("{}").post(path + "/conclusion");
            // Erasures without a reason: refused (400) once past access control, so nothing is erased.
            case "erasure" -> request.body("{}").post("/api/v1/admin/petitions/" + id + "/erasure");
            case "person-erasure" -> request.body("{}").post("/api/v1/admin/persons/erasure");
            case "petitioner-erasure" -> request.body("{}").post("/api/v1/admin/petitions/" + id + "/petitioners/0/erasure");
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    private static String organOf(String relation) {
        return switch (relation) {
            case "own-organ" -> "330102-rsj";
            case "other-organ" -> "330102-zjj";
            case "accused-organ" -> "330102-jw";
            case "other-region" -> "330106-xfj";
            default -> "330100-rsj";
        };
    }

    @Test
    void everyEndpointRoleAndRelationMatchesTheAccessTable() throws Exception {
        String id = PetitionRegistrationTest.register(Samples.details());
        RoutingTopic.routeTo(id, "330102-rsj", "FORWARD", null, List.of("330102-jw"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.handlerOf("330102", "330102-rsj"))
                .get("/api/v1/petitions/" + id).then().statusCode(200).body("route.organCode", equalTo("330102-rsj")));

        Map<String, String> outcomes = new LinkedHashMap<>();
        List<String> violations = new ArrayList<>();
        for (String line : EXPECTED.lines().filter(l -> !l.isBlank()).toList()) {
            String[] cells = line.trim().split("\\s+");
            String endpoint = cells[0];
            String role = cells[1];
            for (int i = 0; i < RELATIONS.size(); i++) {
                String relation = RELATIONS.get(i);
                boolean expected = cells[i + 2].equals("S");
                Response response = call(endpoint, token(role, relation), id, relation);
                int status = response.statusCode();
                boolean reached = switch (endpoint) {
                    case "get", "documents" -> status == 200;
                    case "list" -> status == 200 && response.jsonPath().getList("items.id").contains(id);
                    default -> status != 403 && status != 404 && status != 401;
                };
                boolean hidden = switch (endpoint) {
                    case "get" -> status == 404;
                    case "list" -> status == 200 || status == 403;
                    default -> status == 403 || status == 404;
                };
                outcomes.put(endpoint + " " + role + " " + relation, String.valueOf(status));
                if (expected != reached || (!expected && !hidden) || status >= 500) {
                    violations.add(endpoint + " × " + role + " × " + relation + ": " + status + ", expected " + (expected ? "reached" : "refused"));
                }
            }
        }
        assertThat(violations).as("access matrix (%d cases)", outcomes.size()).isEmpty();
        assertThat(outcomes).hasSize(16 * 6 * 5);
        // Nothing was applied: the petition still awaits acceptance.
        given().auth().oauth2(Tokens.handlerOf("330102", "330102-rsj")).get("/api/v1/petitions/" + id).then()
                .body("status", equalTo("AWAITING_ACCEPTANCE"));
    }
}
