package org.petitionsuite.supervision.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.petitionsuite.supervision.it.PetitionRecords.registered;
import static org.petitionsuite.supervision.it.PetitionRecords.routed;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.supervision.ActionKind;
import org.petitionsuite.supervision.api.IssueAction;
import org.petitionsuite.testkit.Tokens;

/**
 * The halted projection, reproduced: a 督办 order whose response day PostgreSQL cannot store (year 999999999) was
 * accepted and stored, and the read model's processor then retried it for ever and projected nothing after it. The API
 * now refuses such a day (400 naming responseDue), so the poison is issued as a command, as an event stored before the
 * bound would be replayed. The event is set aside (dead_letter_entry) with the order's later events behind it, the processor goes on with the next
 * order, the metric, readiness and the admin API show it, a retry that still fails keeps it with one more attempt, and
 * an admin can drop it.
 */
@QuarkusTest
class ReadModelDeadLetterTest {
    private static final String SUPERVISOR = Tokens.of("supervisor", "330100");
    private static final String ADMIN = Tokens.of("admin", "000000");

    @Inject
    CommandGateway commands;

    private static String order(String petitionId, String responseDue) {
        String location = given().auth().oauth2(SUPERVISOR).contentType(ContentType.JSON).body("""
                {"kind":"SUPERVISION_ORDER","organCode":"330102-rsj","regionCode":"330102","petitionIds":["%s"],
                 "reasons":"督促办理","responseDue":"%s"}""".formatted(petitionId, responseDue))
                .post("/api/v1/supervision/actions").then().log().ifValidationFails().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static long deadLetters() {
        return given().auth().oauth2(ADMIN).get("/api/v1/admin/dead-letters").then().statusCode(200)
                .extract().jsonPath().getLong("count");
    }

    @Test
    void anEventTheReadModelCannotApplyIsSetAsideAndTheRestGoesOn() throws Exception {
        String p = UUID.randomUUID().toString();
        registered(p, "2026-11-02");
        routed(p, "2026-11-03", UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(SUPERVISOR)
                .get("/api/v1/supervision/cases/" + p).then().statusCode(200));
        long before = deadLetters();

        given().auth().oauth2(SUPERVISOR).contentType(ContentType.JSON).body("""
                {"kind":"SUPERVISION_ORDER","organCode":"330102-rsj","regionCode":"330102","petitionIds":["%s"],
                 "reasons":"督促办理","responseDue":"+999999999-12-31"}""".formatted(p))
                .post("/api/v1/supervision/actions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("responseDue"));
        String poisoned = UUID.randomUUID().toString();
        commands.sendAndWait(new IssueAction(poisoned, ActionKind.SUPERVISION_ORDER, "330102-rsj", "330102", List.of(p),
                "督促办理", LocalDate.of(999_999_999, 12, 31), "test-supervisor", Instant.now()));
        String next = order(p, "2099-12-01");
        // The next order is projected: the processor did not stop at the one it cannot apply.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(SUPERVISOR)
                .get("/api/v1/supervision/actions/" + next).then().statusCode(200).body("state", equalTo("OPEN")));
        given().auth().oauth2(SUPERVISOR).get("/api/v1/supervision/actions/" + poisoned).then().statusCode(404);

        // The order's event, and any later event of the same order waiting behind it, in order.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLetters()).isGreaterThan(before));
        given().auth().oauth2(ADMIN).get("/api/v1/admin/dead-letters").then()
                .body("processor", equalTo("supervision-read-model"))
                .body("letters.sequence", hasItem(poisoned))
                .body("letters.find { it.sequence == '" + poisoned + "' }.attempts", equalTo(1))
                .body("letters.find { it.sequence == '" + poisoned + "' }.cause", org.hamcrest.Matchers.notNullValue());
        assertThat(given().get("/q/metrics").asString())
                .containsPattern("axon_processor_dead_letters\\{[^}]*processor=\"supervision-read-model\"[^}]*} [1-9]");
        // Readiness says so, and stays UP: the processor advances.
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'event processors' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'event processors' }.data.'supervision-read-model.deadLetters'",
                        greaterThanOrEqualTo(1));

        // Retried while the cause stays: still set aside, one more attempt; the others are not disturbed.
        given().auth().oauth2(ADMIN).post("/api/v1/admin/dead-letters/retry").then().statusCode(200)
                .body("remaining", greaterThanOrEqualTo(1));
        given().auth().oauth2(ADMIN).get("/api/v1/admin/dead-letters").then()
                .body("letters.find { it.sequence == '" + poisoned + "' }.attempts", equalTo(2));

        // Dropping needs a sequence and a reason, only an admin may, and an unknown sequence is 404.
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{}").post("/api/v1/admin/dead-letters/discard")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("reason"));
        given().auth().oauth2(SUPERVISOR).contentType(ContentType.JSON)
                .body(Map.of("sequence", poisoned, "reason", "x")).post("/api/v1/admin/dead-letters/discard")
                .then().statusCode(403);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("sequence", UUID.randomUUID().toString(), "reason", "x")).post("/api/v1/admin/dead-letters/discard")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("sequence", poisoned, "reason", "答复期限无效，已另行下发督办单")).post("/api/v1/admin/dead-letters/discard")
                .then().statusCode(200).body("discarded", greaterThanOrEqualTo(1));
        assertThat(deadLetters()).isEqualTo(before);
    }
}
