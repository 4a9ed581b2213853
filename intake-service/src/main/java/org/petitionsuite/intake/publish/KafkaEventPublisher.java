package org.petitionsuite.intake.publish;

import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.intake.api.HandlingExtended;
import org.petitionsuite.intake.api.HandlingOpinionIssued;
import org.petitionsuite.intake.api.PetitionAccepted;
import org.petitionsuite.intake.api.PetitionDeclined;
import org.petitionsuite.intake.api.PetitionRegistered;
import org.petitionsuite.kit.kafka.OutboxPublisher;

/**
 * intake's events onto Kafka, from the event store as the outbox ({@link OutboxPublisher}): this tracking processor
 * decides what each stored event looks like once published (de-identified, {@link PublishedEvents}).
 */
@Singleton
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {
    public static final String PROCESSING_GROUP = "kafka-publisher";

    private final OutboxPublisher outbox;
    private final Pseudonymizer pseudonymizer;

    KafkaEventPublisher(OutboxPublisher outbox, Pseudonymizer pseudonymizer) {
        this.outbox = outbox;
        this.pseudonymizer = pseudonymizer;
    }

    @EventHandler
    void on(PetitionRegistered event, EventMessage<?> message) {
        outbox.publish(EventType.PETITION_REGISTERED_V1, event.petitionId(), PublishedEvents.registered(event, pseudonymizer), message);
    }

    @EventHandler
    void on(PetitionAccepted event, EventMessage<?> message) {
        outbox.publish(EventType.PETITION_ACCEPTED_V1, event.petitionId(), PublishedEvents.accepted(event), message);
    }

    @EventHandler
    void on(HandlingExtended event, EventMessage<?> message) {
        outbox.publish(EventType.HANDLING_EXTENDED_V1, event.petitionId(), PublishedEvents.extended(event), message);
    }

    @EventHandler
    void on(HandlingOpinionIssued event, EventMessage<?> message) {
        outbox.publish(EventType.HANDLING_OPINION_ISSUED_V1, event.petitionId(), PublishedEvents.opinionIssued(event), message);
    }

    @EventHandler
    void on(PetitionDeclined event, EventMessage<?> message) {
        outbox.publish(EventType.PETITION_DECLINED_V1, event.petitionId(), PublishedEvents.declined(event), message);
    }
}
