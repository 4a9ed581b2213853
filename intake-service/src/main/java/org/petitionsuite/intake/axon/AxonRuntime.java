package org.petitionsuite.intake.axon;

import org.petitionsuite.intake.privacy.DataKeys;
import org.petitionsuite.intake.privacy.SealedEvents;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.petitionsuite.intake.command.DocumentNumbers;
import org.petitionsuite.intake.command.Petition;
import org.petitionsuite.intake.command.RegistrationPolicy;
import org.petitionsuite.intake.publish.KafkaEventPublisher;
import org.petitionsuite.intake.query.PetitionProjection;
import org.petitionsuite.kit.axon.AxonApplication;
import org.petitionsuite.limits.LimitProfiles;
import org.petitionsuite.limits.WorkingDayCalendar;

/**
 * intake's Axon application: the Petition aggregate on the event store of intake's own database, and two tracking
 * processors whose tokens live in the same database: the read-model projection and the Kafka publisher (the event
 * store is the outbox).
 */
@Singleton
public class AxonRuntime extends AxonApplication {
    private final PetitionProjection projection;
    private final KafkaEventPublisher publisher;
    private final RegistrationPolicy registrationPolicy;
    private final LimitProfiles limits;
    private final WorkingDayCalendar calendar;
    private final DataKeys dataKeys;
    private final DocumentNumbers documentNumbers;

    AxonRuntime(PetitionProjection projection, KafkaEventPublisher publisher, RegistrationPolicy registrationPolicy,
                LimitProfiles limits, WorkingDayCalendar calendar, DataKeys dataKeys, DocumentNumbers documentNumbers) {
        this.dataKeys = dataKeys;
        this.documentNumbers = documentNumbers;
        this.limits = limits;
        this.calendar = calendar;
        this.projection = projection;
        this.publisher = publisher;
        this.registrationPolicy = registrationPolicy;
    }

    @Override
    protected String publisherProcessingGroup() {
        return KafkaEventPublisher.PROCESSING_GROUP;
    }

    @Override
    public String readModelProcessingGroup() {
        return PetitionProjection.PROCESSING_GROUP;
    }

    /** Personal data is sealed in the event store with the petition's data key (crypto-shredding, SealedEvents). */
    @Override
    protected com.fasterxml.jackson.databind.Module[] storageModules() {
        return new com.fasterxml.jackson.databind.Module[] {SealedEvents.module(dataKeys)};
    }

    @Override
    protected Configurer configure() {
        Configurer configurer = eventStorage()
                .registerComponent(RegistrationPolicy.class, c -> registrationPolicy)
                .registerComponent(LimitProfiles.class, c -> limits)
                .registerComponent(WorkingDayCalendar.class, c -> calendar)
                .registerComponent(DataKeys.class, c -> dataKeys)
                .registerComponent(DocumentNumbers.class, c -> documentNumbers)
                .configureAggregate(Petition.class);
        configurer.eventProcessing()
                .registerEventHandler(c -> projection)
                .registerEventHandler(c -> publisher);
        return configurer;
    }
}
