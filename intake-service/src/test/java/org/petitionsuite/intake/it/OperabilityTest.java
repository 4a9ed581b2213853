package org.petitionsuite.intake.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.intake.api.PetitionDetails;

/** What an operator relies on: health, metrics, the API description, and logs free of personal data. */
@QuarkusTest
class OperabilityTest {

    @Test
    void readinessReflectsPostgresqlAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "kafka"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsCountRegistrationsAndTheOutbox() {
        PetitionRegistrationTest.register(Samples.details());
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("petition_registrations_total{outcome=\"registered\""))
                .body(containsString("petition_processor_backlog_events{processor=\"kafka-publisher\""));
    }

    @Test
    void theApiIsDescribed() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/petitions'.post.summary", equalTo("Register a petition"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void logsCarryNoIdNumbersOrPhoneNumbers() throws Exception {
        PetitionDetails details = Samples.details();
        String id = PetitionRegistrationTest.register(details);
        PetitionRegistrationTest.awaitReadModel(id);
        // A deliberately bad registration makes the service log its refusal path too.
        java.util.Map<String, Object> bad = Samples.json(details);
        bad.put("placeOfMatter", "99");
        given().auth().oauth2(PetitionRegistrationTest.REGISTRAR).contentType("application/json").body(bad)
                .post("/api/v1/petitions").then().statusCode(400);
        String log = Files.readString(Path.of("target/intake-test.log"), StandardCharsets.UTF_8);
        assertThat(log).isNotEmpty()
                .doesNotContain(details.petitioners().get(0).idNumber())
                .doesNotContain(details.petitioners().get(0).phone());
    }
}
