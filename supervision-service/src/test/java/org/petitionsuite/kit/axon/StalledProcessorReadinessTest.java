package org.petitionsuite.kit.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.supervision.ActionKind;
import org.petitionsuite.supervision.api.IssueAction;

/**
 * Readiness tells the truth (issue 18 item 3): with supervision's real read-model processor stopped and an event
 * behind it, the check goes DOWN naming that processor once the processor has not advanced for longer than the bound,
 * and comes back UP when it runs again and catches up. The check's clock is moved by hand past the bound.
 */
@QuarkusTest
class StalledProcessorReadinessTest {
    @Inject
    AxonApplication axon;
    @Inject
    CommandGateway commands;

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.now();

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aProcessorBehindAndNotAdvancingTurnsReadinessDownByNameAndUpAgainOnceItCatchesUp() throws Exception {
        String group = axon.readModelProcessingGroup();
        StreamingEventProcessor processor = axon.configuration().eventProcessingConfiguration()
                .eventProcessor(group, StreamingEventProcessor.class).orElseThrow();
        MovableClock clock = new MovableClock();
        ProcessorReadinessCheck check = new ProcessorReadinessCheck(axon, Duration.ofMinutes(2), clock);
        processor.shutdownAsync().get(30, java.util.concurrent.TimeUnit.SECONDS);
        try {
            commands.sendAndWait(new IssueAction(UUID.randomUUID().toString(), ActionKind.SUPERVISION_ORDER, "330102-rsj",
                    "330102", List.of(UUID.randomUUID().toString()), "督促办理", LocalDate.of(2026, 12, 1),
                    "test-supervisor", Instant.now()));
            assertThat(axon.backlog(group)).as("a stopped processor reports no position").isEmpty();

            assertThat(check.call().getStatus()).as("stopped, but not for long").isEqualTo(HealthCheckResponse.Status.UP);
            clock.now = clock.now.plus(Duration.ofMinutes(3));
            HealthCheckResponse stalled = check.call();
            assertThat(stalled.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(stalled.getData().orElseThrow()).containsEntry(group + ".stalledSeconds", 180L)
                    .containsEntry(group + ".running", false);
            assertThat(String.valueOf(stalled.getData().orElseThrow().get("stalled"))).as("names it").contains(group);
        } finally {
            processor.start();
            await().atMost(Duration.ofSeconds(30)).until(processor::isRunning);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> axon.backlog(group).orElse(1) == 0);
        clock.now = clock.now.plus(Duration.ofMinutes(3));
        assertThat(check.call().getStatus()).as("caught up").isEqualTo(HealthCheckResponse.Status.UP);
    }
}
