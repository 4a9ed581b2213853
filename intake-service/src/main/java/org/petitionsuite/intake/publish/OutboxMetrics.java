package org.petitionsuite.intake.publish;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.petitionsuite.intake.axon.AxonRuntime;
import org.petitionsuite.intake.query.PetitionProjection;

/**
 * Operators' view of the outbox: how many stored events have not reached Kafka yet, and how far the read model is
 * behind ({@code petition_processor_backlog_events{processor=...}} on /q/metrics). -1 until a processor has a position.
 */
@Singleton
public class OutboxMetrics {
    void register(@Observes StartupEvent event, MeterRegistry registry, AxonRuntime axon) {
        for (String processor : new String[] {KafkaEventPublisher.PROCESSING_GROUP, PetitionProjection.PROCESSING_GROUP}) {
            Gauge.builder("petition.processor.backlog.events", axon, a -> a.backlog(processor).orElse(-1))
                    .tag("processor", processor)
                    .description("stored events the processor has not handled yet")
                    .register(registry);
        }
    }
}
