package org.petitionsuite.supervision.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
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
 * supervision's petition reads × every role × every relation to one accusation, through the API: registered by
 * 上城区信访局 in a village of the test's own, routed to 杭州市纪委, accusing 上城区纪委. S = the petition is shown, - = it
 * is not, without a hint (403, 404, or a list without it). Written from the access table in the README.
 */
@QuarkusTest
class AccessMatrixTest {
    private static final List<String> RELATIONS = List.of("own-organ", "registering-department", "other-organ",
            "accused-organ", "other-region");

    private static final String EXPECTED = """
            case    registrar   - - - - -
            case    handler     S S - - -
            case    supervisor  S S S - -
            case    analyst     S S S - -
            case    integrator  - - - - -
            case    admin       S S S - -
            clocks  registrar   - - - - -
            clocks  handler     S - - - -
            clocks  supervisor  S S S - -
            clocks  analyst     S S S - -
            clocks  integrator  - - - - -
            clocks  admin       S S S - -
            """;

    private static String token(String role, String relation) {
        return switch (relation) {
            case "own-organ" -> Tokens.of(role, "330100", "330100-jw", null);
            case "registering-department" -> Tokens.of(role, "330102", "330102-xfj", null);
            case "other-organ" -> Tokens.of(role, "330102", "330102-zjj", null);
            case "accused-organ" -> Tokens.of(role, "330102", "330102-jw", null);
            case "other-region" -> Tokens.of(role, "330106", "330106-xfj", null);
            default -> throw new IllegalArgumentException(relation);
        };
    }

    @Test
    void everyReadRoleAndRelationMatchesTheAccessTable() throws Exception {
        String id = UUID.randomUUID().toString();
        String village = "330102" + String.format("%06d", new Random().nextInt(1_000_000));
        TopicWriter.send(Topics.INTAKE_EVENTS, id, "petition.registered.v1", UUID.randomUUID().toString(), """
                {"petitionId":"%s","registeredAt":"2026-11-20T02:00:00Z","receivedAt":"2026-11-20T01:00:00Z","channel":"LETTER",
                 "purpose":"REPORT_OR_ACCUSATION","contentCategory":"纪检监察","request":"反映收受好处",
                 "factsAndReasons":"见请求","placeOfMatter":"%s","numberOfPeople":1,"collective":false,"petitioners":[],
                 "accusedTarget":"上城区纪委某干部","registeringOrgan":{"code":"330102-xfj","name":"上城区信访局","regionCode":"330102"},
                 "sourceSystem":"county-a","sourceReference":null,"matterId":"%s","firstTime":true}""".formatted(id, village, id));
        TopicWriter.send(Topics.ROUTING_EVENTS, id, "petition.routed.v1", UUID.randomUUID().toString(), """
                {"petitionId":"%s","placeOfMatter":"%s","organCode":"330100-jw","organName":"杭州市纪委监委",
                 "organLevel":"CITY","organRegion":"330100","mode":"FORWARD","reportWithinDays":null,
                 "directoryVersion":"d","article":"条例 Art 22 ¶1(一)(二), Art 30 ¶3","rationale":"上一级",
                 "flags":["ACCUSED_ORGAN_EXCLUDED"],"routedAt":"2026-11-21T03:00:00Z","accusedOrgans":["330102-jw"]}"""
                .formatted(id, village));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.of("supervisor", "330000"))
                .get("/api/v1/supervision/cases/" + id).then().statusCode(200).body("clocks.size()", equalTo(3)));

        List<String> violations = new ArrayList<>();
        int cases = 0;
        for (String line : EXPECTED.lines().filter(l -> !l.isBlank()).toList()) {
            String[] cells = line.trim().split("\\s+");
            for (int i = 0; i < RELATIONS.size(); i++) {
                String token = token(cells[1], RELATIONS.get(i));
                Response response = cells[0].equals("case")
                        ? given().auth().oauth2(token).get("/api/v1/supervision/cases/" + id)
                        : given().auth().oauth2(token).queryParam("view", "running").queryParam("region", village)
                                .queryParam("size", 200).get("/api/v1/supervision/clocks");
                int status = response.statusCode();
                boolean shown = status == 200 && (cells[0].equals("case")
                        || response.jsonPath().getList("items.petitionId").contains(id));
                boolean quiet = status == 403 || status == 404 || (status == 200 && !shown);
                boolean expected = cells[i + 2].equals("S");
                cases++;
                if (expected != shown || (!expected && !quiet)) {
                    violations.add(cells[0] + " × " + cells[1] + " × " + RELATIONS.get(i) + ": " + status
                            + ", expected " + (expected ? "shown" : "refused"));
                }
            }
        }
        assertThat(violations).as("supervision access matrix (%d cases)", cases).isEmpty();
        assertThat(cases).isEqualTo(2 * 6 * 5);
    }
}
