package org.petitionsuite.routing.it;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An access table written into a test ("endpoint role S - S …", one column per relation to the petition) checked call
 * by call through the API. S = reached; - = refused without a hint: for a list, 403 or not listed; otherwise 403 or 404.
 */
final class AccessTable {
    private AccessTable() {
    }

    /** What one call did. */
    record Outcome(int status, boolean reached, boolean isList) {
        boolean quiet() {
            return isList ? status == 200 || status == 403 : status == 403 || status == 404;
        }
    }

    interface Call {
        Outcome of(String endpoint, String role, String relation);
    }

    /** Every cell of {@code table} that the API does not match, as "endpoint × role × relation: status, expected …". */
    static List<String> violations(String table, List<String> relations, Call call, int[] cases) {
        List<String> violations = new ArrayList<>();
        for (String line : table.lines().filter(l -> !l.isBlank()).toList()) {
            String[] cells = line.trim().split("\\s+");
            for (int i = 0; i < relations.size(); i++) {
                Outcome outcome = call.of(cells[0], cells[1], relations.get(i));
                boolean expected = cells[i + 2].equals("S");
                cases[0]++;
                if (expected != outcome.reached() || (!expected && !outcome.quiet()) || outcome.status() >= 500) {
                    violations.add(cells[0] + " × " + cells[1] + " × " + relations.get(i) + ": " + outcome.status()
                            + ", expected " + (expected ? "reached" : "refused"));
                }
            }
        }
        return violations;
    }

    /** Reads a paged list page by page until the petition shows: reached when it is listed. */
    static Outcome listing(String token, String path, Map<String, ?> query, String petitionId) {
        Response response = null;
        for (int page = 0; page < 50; page++) {
            response = given().auth().oauth2(token).queryParams(query).queryParam("size", 100).queryParam("page", page).get(path);
            if (response.statusCode() != 200) {
                break;
            }
            List<String> ids = response.jsonPath().getList("items.petitionId");
            if (ids.contains(petitionId)) {
                return new Outcome(200, true, true);
            }
            if (ids.isEmpty()) {
                break;
            }
        }
        return new Outcome(response.statusCode(), false, true);
    }

    /** A single call: reached when {@code reached} says so of its status. */
    static Outcome single(Response response, java.util.function.IntPredicate reached) {
        return new Outcome(response.statusCode(), reached.test(response.statusCode()), false);
    }
}
