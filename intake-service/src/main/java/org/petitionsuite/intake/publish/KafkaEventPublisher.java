package org.petitionsuite.intake.publish;

import org.petitionsuite.intake.privacy.Pseudonymizer;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.intake.api.AgreementRecorded;
import org.petitionsuite.intake.api.DocumentIssued;
import org.petitionsuite.intake.api.Evaluated;
import org.petitionsuite.intake.api.HandlingExtended;
import org.petitionsuite.intake.api.HearingRecorded;
import org.petitionsuite.intake.api.LimitLapsed;
import org.petitionsuite.intake.api.PersonalDataErased;
import org.petitionsuite.intake.api.PetitionerErased;
import org.petitionsuite.intake.api.MatterJoined;
import org.petitionsuite.intake.api.NotAcceptedAgain;
import org.petitionsuite.intake.api.PetitionConcluded;
import org.petitionsuite.intake.api.ReviewOpinionIssued;
import org.petitionsuite.intake.api.ReviewRequested;
import org.petitionsuite.intake.api.HandlingOpinionIssued;
import org.petitionsuite.intake.api.PetitionAccepted;
import org.petitionsuite.intake.api.PetitionDeclined;
import org.petitionsuite.intake.api.PetitionRegistered;
import org.petitionsuite.kit.kafka.OutboxPublisher;

/**
 * intake's events onto Kafka, from the event store as the outbox ({@link OutboxPublisher}): this streaming processor
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

    @EventHandler
    void on(HearingRecorded event, EventMessage<?> message) {
        outbox.publish(EventType.HEARING_RECORDED_V1, event.petitionId(), PublishedEvents.hearing(event), message);
    }

    @EventHandler
    void on(AgreementRecorded event, EventMessage<?> message) {
        outbox.publish(EventType.AGREEMENT_RECORDED_V1, event.petitionId(), PublishedEvents.agreement(event), message);
    }

    @EventHandler
    void on(ReviewRequested event, EventMessage<?> message) {
        outbox.publish(EventType.REVIEW_REQUESTED_V1, event.petitionId(), PublishedEvents.reviewRequested(event), message);
    }

    @EventHandler
    void on(ReviewOpinionIssued event, EventMessage<?> message) {
        outbox.publish(EventType.REVIEW_OPINION_ISSUED_V1, event.petitionId(), PublishedEvents.reviewOpinion(event), message);
    }

    @EventHandler
    void on(LimitLapsed event, EventMessage<?> message) {
        outbox.publish(EventType.LIMIT_LAPSED_V1, event.petitionId(), PublishedEvents.lapsed(event), message);
    }

    @EventHandler
    void on(Evaluated event, EventMessage<?> message) {
        outbox.publish(EventType.EVALUATED_V1, event.petitionId(), PublishedEvents.evaluated(event), message);
    }

    @EventHandler
    void on(PetitionConcluded event, EventMessage<?> message) {
        outbox.publish(EventType.PETITION_CONCLUDED_V1, event.petitionId(), PublishedEvents.concluded(event), message);
    }

    @EventHandler
    void on(MatterJoined event, EventMessage<?> message) {
        outbox.publish(EventType.MATTER_JOINED_V1, event.petitionId(), PublishedEvents.matterJoined(event), message);
    }

    @EventHandler
    void on(NotAcceptedAgain event, EventMessage<?> message) {
        outbox.publish(EventType.NOT_ACCEPTED_AGAIN_V1, event.petitionId(), PublishedEvents.notAcceptedAgain(event), message);
    }

    @EventHandler
    void on(DocumentIssued event, EventMessage<?> message) {
        outbox.publish(EventType.DOCUMENT_ISSUED_V1, event.petitionId(), PublishedEvents.documentIssued(event), message);
    }

    @EventHandler
    void on(PersonalDataErased event, EventMessage<?> message) {
        outbox.publish(EventType.PERSONAL_DATA_ERASED_V1, event.petitionId(), PublishedEvents.erased(event), message);
    }

    @EventHandler
    void on(PetitionerErased event, EventMessage<?> message) {
        outbox.publish(EventType.PERSONAL_DATA_ERASED_V1, event.petitionId(), PublishedEvents.erased(event), message);
    }
}
