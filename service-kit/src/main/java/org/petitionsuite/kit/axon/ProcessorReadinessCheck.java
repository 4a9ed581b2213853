package org.petitionsuite.kit.axon;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the service's event processors (the publisher to Kafka and the read model): DOWN, naming it, when one
 * has been behind, failing or stopped, without advancing for longer than {@code processors.stall-after} (2 minutes;
 * a stopped processor reports no position or backlog at all, so it counts as behind):
 * the service then answers with data that no longer moves, or publishes nothing. A read model that set events aside
 * (DeadLetters) still advances: it stays UP and says how many (alert: axon_processor_dead_letters).
 */
@Readiness
@ApplicationScoped
public class ProcessorReadinessCheck implements HealthCheck {
    private final AxonApplication axon;
    private final Duration stallAfter;
    private final Clock clock;
    /** The position each processor was last seen at, and since when. */
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    private record Seen(long position, Instant since) {
    }

    @Inject
    ProcessorReadinessCheck(AxonApplication axon,
                            @ConfigProperty(name = "processors.stall-after", defaultValue = "PT2M") Duration stallAfter) {
        this(axon, stallAfter, Clock.systemUTC());
    }

    ProcessorReadinessCheck(AxonApplication axon, Duration stallAfter, Clock clock) {
        this.axon = axon;
        this.stallAfter = stallAfter;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event processors").up();
        if (!axon.started()) {
            return response.withData("state", "starting").build();
        }
        List<String> stalled = new ArrayList<>();
        Instant now = clock.instant();
        for (Map.Entry<String, EventProcessor> entry : axon.configuration().eventProcessingConfiguration().eventProcessors().entrySet()) {
            if (!(entry.getValue() instanceof StreamingEventProcessor processor)) {
                continue;
            }
            String name = entry.getKey();
            var statuses = processor.processingStatus().values();
            long position = statuses.stream().map(EventTrackerStatus::getCurrentPosition)
                    .mapToLong(p -> p.orElse(-1)).min().orElse(-1);
            boolean failing = statuses.stream().anyMatch(EventTrackerStatus::isErrorState);
            boolean stopped = !processor.isRunning();
            OptionalLong backlog = axon.backlog(name);
            Seen last = seen.compute(name, (n, s) -> s == null || s.position() != position ? new Seen(position, now) : s);
            Duration still = Duration.between(last.since(), now);
            boolean behind = failing || stopped || (backlog.isPresent() && backlog.getAsLong() > 0);
            response.withData(name + ".backlog", backlog.orElse(-1));
            if (failing) {
                response.withData(name + ".failing", true);
            }
            if (stopped) {
                response.withData(name + ".running", false);
            }
            if (behind && still.compareTo(stallAfter) > 0) {
                stalled.add(name);
                response.withData(name + ".stalledSeconds", still.toSeconds());
            }
        }
        response.withData(axon.readModelProcessingGroup() + ".deadLetters", axon.deadLetterCount());
        if (!stalled.isEmpty()) {
            response.down().withData("stalled", String.join(", ", stalled));
        }
        return response.build();
    }
}
