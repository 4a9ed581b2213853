package org.petitionsuite.routing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.petitionsuite.kit.axon.AxonApplication;
import org.petitionsuite.testkit.OpenApiFuzz;

/**
 * Hostile requests to every operation of routing's OpenAPI document ({@link OpenApiFuzz}; seed in {@code fuzz.seed},
 * requests per operation in {@code fuzz.per-operation}): no 5xx, every error a problem document, and no rejected
 * write stores anything. The summary goes to {@code target/fuzz/openapi-summary.txt}.
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
        OpenApiFuzz.Report report = new OpenApiFuzz(root.toURI(), "330000",
                OpenApiFuzz.eventsOfTrace(dataSource)).run();

        assertThat(report.wrong).as("wrong answers (target/fuzz/openapi-summary.txt)").isEmpty();
        assertThat(axon.configuration().eventProcessingConfiguration().eventProcessors().values())
                .as("every event processor still runs (75 rebuilds in a row once left one stopped)")
                .allMatch(org.axonframework.eventhandling.EventProcessor::isRunning);
        assertThat(report.operations()).as("every operation of the document was reached").isEqualTo(report.documented.size());
        assertThat(report.documented).as("the document lists the operations the service has")
                .contains("GET /api/v1/routing/queue", "POST /api/v1/routing/decisions/{petitionId}/override");
    }
}
