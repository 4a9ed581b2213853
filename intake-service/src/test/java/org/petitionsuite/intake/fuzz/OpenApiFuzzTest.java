package org.petitionsuite.intake.fuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.petitionsuite.kit.axon.AxonApplication;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.testkit.Tokens;
import org.petitionsuite.testkit.OpenApiFuzz;

/**
 * Hostile requests to every operation of intake's OpenAPI document ({@link OpenApiFuzz}; seed in {@code fuzz.seed},
 * requests per operation in {@code fuzz.per-operation}): no 5xx, every error a problem document, and no rejected
 * write leaves an event or a key behind. The summary goes to {@code target/fuzz/openapi-summary.txt}.
 */
@QuarkusTest
class OpenApiFuzzTest {
    @TestHTTPResource("/")
    URL root;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    AxonApplication axon;

    @Test
    void everyOperationAnswersHostileRequestsWithAProblemAndARejectedWriteStoresNothing() throws Exception {
        var eventsOfTrace = OpenApiFuzz.eventsOfTrace(dataSource);
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        List<String> registered = List.of(register(traceId), register("0af7651916cd43dd8448eb211c80319c"));
        assertThat(eventsOfTrace.applyAsLong(traceId)).as("the probe finds the events of an accepted request").isPositive();
        OpenApiFuzz fuzz = new OpenApiFuzz(root.toURI(), "330000", OpenApiFuzz.both(eventsOfTrace,
                OpenApiFuzz.rowsIn(dataSource, "personal_data_key", "person_data_key", "petitioner_data_key")))
                .withKnown("id", registered).withKnown("index", List.of("0", "1"));
        OpenApiFuzz.Report report = fuzz.run();

        assertThat(report.wrong).as("wrong answers (target/fuzz/openapi-summary.txt)").isEmpty();
        assertThat(axon.configuration().eventProcessingConfiguration().eventProcessors().values())
                .as("every event processor still runs (75 rebuilds in a row once left one stopped)")
                .allMatch(org.axonframework.eventhandling.EventProcessor::isRunning);
        assertThat(report.operations()).as("every operation of the document was reached").isEqualTo(report.documented.size());
        // And the read model still projects: a new registration shows.
        String after = register("5e0c2b1a9d8f4e3b8a7c6d5e4f3a2b1c");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("registrar", "330000")).get("/api/v1/petitions/" + after).then().statusCode(200));
        assertThat(report.documented).as("the document lists the operations the service has")
                .contains("POST /api/v1/petitions", "GET /api/v1/petitions", "GET /api/v1/petitions/{id}",
                        "POST /api/v1/admin/persons/erasure");
    }

    /** A petition the fuzz can aim at, so that a request reaches the checks behind the lookup. */
    private static String register(String traceId) {
        return given().auth().oauth2(Tokens.of("registrar", "330000")).contentType(ContentType.JSON).body(Samples.json())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .post("/api/v1/petitions").then().statusCode(201).extract().path("id");
    }
}
