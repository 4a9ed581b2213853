package org.petitionsuite.kit.axon;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** The service's Axon gateway and event store as CDI beans, and the processors' backlogs as metrics. */
@Singleton
public class AxonProducers {

    @Produces
    @Singleton
    CommandGateway commandGateway(AxonApplication axon) {
        return axon.configuration().commandGateway();
    }

    @Produces
    @Singleton
    EventStore eventStore(AxonApplication axon) {
        return axon.configuration().eventStore();
    }

    /**
     * {@code petition_processor_backlog_events{processor=...}}: stored events a processor has not handled yet (for the
     * publisher: not yet on Kafka; for the projection: not yet in the read model). -1 until it has a position.
     */
    void registerBacklogGauges(@Observes StartupEvent event, MeterRegistry registry, AxonApplication axon) {
        for (String processor : new String[] {axon.publisherProcessingGroup(), axon.readModelProcessingGroup()}) {
            Gauge.builder("petition.processor.backlog.events", axon, a -> a.backlog(processor).orElse(-1))
                    .tag("processor", processor)
                    .description("stored events the processor has not handled yet")
                    .register(registry);
        }
    }
}
