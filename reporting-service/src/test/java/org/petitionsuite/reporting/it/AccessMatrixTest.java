package org.petitionsuite.reporting.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.testkit.Tokens;
import org.petitionsuite.testkit.TopicWriter;

/**
 * Every reporting endpoint × every role (and no token) × the caller's relation to the region asked for, through the
 * API. One petition is registered in a village of the test's own inside 上城区 (330102), and every request asks for
 * that village. Relations: {@code inside} = a token of 浙江省 (330000), {@code other} = a token of 西湖区 (330106), a
 * county beside it, {@code none} = a token without a region claim. Cells: {@code S} = 200 and, where the answer holds
 * figures, the village's one petition in them; {@code F} = 403; {@code U} = 401. Reporting answers aggregates only (no
 * petition, no person), so its rule is by role and region alone. Written from the access table in the README.
 */
@QuarkusTest
class AccessMatrixTest {
    private static final List<String> RELATIONS = List.of("inside", "other", "none");
    private static final List<String> ROLES = List.of("anonymous", "registrar", "handler", "supervisor", "analyst",
            "integrator", "admin");

    private static final String EXPECTED = """
            indicators         U U U  F F F  F F F  S F F  S F F  F F F  S F F
            breakdown          U U U  F F F  F F F  S F F  S F F  F F F  S F F
            series             U U U  F F F  F F F  S F F  S F F  F F F  S F F
            authorities        U U U  F F F  F F F  S F F  S F F  F F F  S F F
            complained-organs  U U U  F F F  F F F  S F F  S F F  F F F  S F F
            risks              U U U  F F F  F F F  S F F  S F F  F F F  S F F
            stream             U U U  F F F  F F F  S F F  S F F  F F F  S F F
            boundaries         U U U  F F F  F F F  S F F  S F F  F F F  S F F
            annual-report      U U U  F F F  F F F  S F F  S F F  F F F  S F F
            annual-report.html U U U  F F F  F F F  S F F  S F F  F F F  S F F
            annual-report.pdf  U U U  F F F  F F F  S F F  S F F  F F F  S F F
            open-data          S S S  S S S  S S S  S S S  S S S  S S S  S S S
            projection-status  U U U  F F F  F F F  F F F  F F F  F F F  S S S
            projection-rebuild U U U  F F F  F F F  F F F  F F F  F F F  S S S
            """;

    @TestHTTPResource("/")
    URI root;

    private static String token(String role, String relation) {
        return switch (relation) {
            case "inside" -> Tokens.of(role, "330000");
            case "other" -> Tokens.of(role, "330106");
            case "none" -> Tokens.withoutRegion(role);
            default -> throw new IllegalArgumentException(relation);
        };
    }

    @Test
    void everyEndpointRoleAndRelationMatchesTheAccessTable() throws Exception {
        String id = UUID.randomUUID().toString();
        String village = "330102" + String.format("%06d", 100_000 + new Random().nextInt(900_000));
        TopicWriter.send(Topics.INTAKE_EVENTS, id, "petition.registered.v1", UUID.randomUUID().toString(), """
                {"petitionId":"%s","registeredAt":"2026-11-20T02:00:00Z","receivedAt":"2026-11-20T01:00:00Z","channel":"LETTER",
                 "purpose":"REPORT_OR_ACCUSATION","contentCategory":"纪检监察","request":"反映问题","factsAndReasons":"见请求",
                 "placeOfMatter":"%s","numberOfPeople":1,"collective":false,"petitioners":[],"accusedTarget":null,
                 "registeringOrgan":{"code":"330102-xfj","name":"上城区信访局","regionCode":"330102"},
                 "complainedOrgans":[{"code":"330102-jw","name":"上城区纪委监委"}],
                 "sourceSystem":"county-a","sourceReference":null,"matterId":"%s","firstTime":true}""".formatted(id, village, id));
        Path boundaries = Path.of("target", "test-boundaries", village + ".geojson");
        Files.createDirectories(boundaries.getParent());
        Files.writeString(boundaries, "{\"type\":\"FeatureCollection\",\"features\":[]}");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.of("analyst", "330000"))
                .queryParam("region", village).queryParam("from", "2026-11-20").queryParam("to", "2026-11-20")
                .get("/api/v1/reporting/indicators").then().statusCode(200).body("volume.items", equalTo(1)));

        List<String> violations = new ArrayList<>();
        int cases = 0;
        for (String line : EXPECTED.lines().filter(l -> !l.isBlank()).toList()) {
            String[] cells = line.trim().split("\\s+");
            String endpoint = cells[0];
            for (int r = 0; r < ROLES.size(); r++) {
                for (int i = 0; i < RELATIONS.size(); i++) {
                    String role = ROLES.get(r);
                    String token = role.equals("anonymous") ? null : token(role, RELATIONS.get(i));
                    String expected = cells[1 + r * RELATIONS.size() + i];
                    String seen = outcome(endpoint, token, village);
                    cases++;
                    if (!expected.equals(seen)) {
                        violations.add(endpoint + " × " + role + " × " + RELATIONS.get(i) + ": " + seen + ", expected " + expected);
                    }
                }
            }
        }
        // The admin's rebuilds above: the projection is live again before the next test reads it.
        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> given().auth().oauth2(Tokens.of("admin", "000000"))
                .get("/api/v1/admin/projection").then().body("state", equalTo("LIVE")));
        assertThat(violations).as("reporting access matrix (%d cases)", cases).isEmpty();
        assertThat(cases).isEqualTo(14 * 7 * 3);
    }

    /** S, F or U as in the table; anything else (another status, figures without the village's petition) as it was. */
    private String outcome(String endpoint, String token, String village) throws Exception {
        if (endpoint.equals("stream")) {
            return streamOutcome(token, village);
        }
        RequestSpecification request = token == null ? given() : given().auth().oauth2(token);
        request = request.queryParam("region", village).queryParam("from", "2026-11-20").queryParam("to", "2026-11-20");
        var response = switch (endpoint) {
            case "indicators" -> request.get("/api/v1/reporting/indicators");
            case "breakdown" -> request.queryParam("by", "purpose").get("/api/v1/reporting/breakdown");
            case "series" -> request.queryParam("unit", "day").get("/api/v1/reporting/series");
            case "authorities" -> request.get("/api/v1/reporting/authorities");
            case "complained-organs" -> request.get("/api/v1/reporting/complained-organs");
            case "risks" -> request.get("/api/v1/reporting/risks");
            case "boundaries" -> request.get("/api/v1/reporting/boundaries/" + village);
            case "annual-report" -> request.queryParam("year", "2026").get("/api/v1/reporting/annual-report");
            case "annual-report.html" -> request.queryParam("year", "2026").get("/api/v1/reporting/annual-report/report.html");
            case "annual-report.pdf" -> request.queryParam("year", "2026").get("/api/v1/reporting/annual-report/report.pdf");
            case "open-data" -> request.queryParam("by", "purpose").get("/api/v1/open-data/volume");
            case "projection-status" -> request.get("/api/v1/admin/projection");
            case "projection-rebuild" -> request.post("/api/v1/admin/projection/rebuild");
            default -> throw new IllegalArgumentException(endpoint);
        };
        int status = response.statusCode();
        if (status == 401) {
            return "U";
        }
        if (status == 403) {
            return "F";
        }
        if (status != 200 && status != 202) {
            return String.valueOf(status);
        }
        // Where the answer holds figures, they are the village's: its one petition is in them.
        boolean figures = switch (endpoint) {
            case "indicators" -> response.jsonPath().getInt("volume.items") == 1;
            case "breakdown" -> response.jsonPath().getList("groups.items").contains(1);
            case "series" -> response.jsonPath().getList("points.items").contains(1);
            case "annual-report" -> response.jsonPath().getInt("summary.volume.items") == 1;
            case "annual-report.html" -> response.asString().contains("本年度登记信访事项1件");
            default -> true;
        };
        return figures ? "S" : status + " without the village's figures";
    }

    /** Server-sent events: the status line decides; the stream is closed as soon as it is open. */
    private String streamOutcome(String token, String village) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve("/api/v1/reporting/stream?region=" + village))
                .timeout(Duration.ofSeconds(10)).header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return switch (response.statusCode()) {
            case 200 -> "S";
            case 401 -> "U";
            case 403 -> "F";
            default -> String.valueOf(response.statusCode());
        };
    }
}
