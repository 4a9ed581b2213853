package org.petitionsuite.routing.publish;

import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.routing.ClassificationConfirmedV1;
import org.petitionsuite.contract.routing.PetitionClassifiedV1;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.contract.routing.RoutingObjectedV1;
import org.petitionsuite.contract.routing.RoutingOverriddenV1;
import org.petitionsuite.kit.kafka.OutboxPublisher;

/** Routing's decisions onto {@code petition.routing.events}, from routing's event store as the outbox. */
@Singleton
@ProcessingGroup(RoutingEventPublisher.PROCESSING_GROUP)
public class RoutingEventPublisher {
    public static final String PROCESSING_GROUP = "kafka-publisher";

    private final OutboxPublisher outbox;

    RoutingEventPublisher(OutboxPublisher outbox) {
        this.outbox = outbox;
    }

    @EventHandler
    void on(PetitionClassifiedV1 event, EventMessage<?> message) {
        outbox.publish(EventType.PETITION_CLASSIFIED_V1, event.petitionId(), event, message);
    }

    @EventHandler
    void on(RoutingOverriddenV1 event, EventMessage<?> message) {
        outbox.publish(EventType.ROUTING_OVERRIDDEN_V1, event.petitionId(), event, message);
    }

    @EventHandler
    void on(ClassificationConfirmedV1 event, EventMessage<?> message) {
        outbox.publish(EventType.CLASSIFICATION_CONFIRMED_V1, event.petitionId(), event, message);
    }

    @EventHandler
    void on(RoutingObjectedV1 event, EventMessage<?> message) {
        outbox.publish(EventType.ROUTING_OBJECTED_V1, event.petitionId(), event, message);
    }

    @EventHandler
    void on(PetitionRoutedV1 event, EventMessage<?> message) {
        outbox.publish(EventType.PETITION_ROUTED_V1, event.petitionId(), event, message);
    }
}
