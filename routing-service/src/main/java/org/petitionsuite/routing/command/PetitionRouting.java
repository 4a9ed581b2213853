package org.petitionsuite.routing.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.petitionsuite.contract.routing.PetitionClassifiedV1;
import org.petitionsuite.routing.api.ClassificationOutcome;
import org.petitionsuite.routing.api.ClassifyPetition;
import org.petitionsuite.routing.catalog.CatalogLibrary;
import org.petitionsuite.routing.catalog.Classification;

/**
 * Routing's view of one petition: how it was classified (and, as the routing issue goes on, where it was sent,
 * overrides and objections). Its events hold no personal data, so the stored event is the published contract record.
 */
public class PetitionRouting {
    @AggregateIdentifier
    private String petitionId;

    protected PetitionRouting() {
        // for Axon
    }

    /** At-least-once delivery makes redelivery normal: a petition is classified once, whatever arrives twice. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ClassificationOutcome handle(ClassifyPetition command, CatalogLibrary catalogs) {
        if (petitionId != null) {
            return ClassificationOutcome.ALREADY_CLASSIFIED;
        }
        Classification decision = catalogs.forPlace(command.matter().placeOfMatter()).classify(command.matter());
        apply(new PetitionClassifiedV1(command.petitionId(), command.matter().placeOfMatter(), decision.kind(),
                decision.channel(), decision.catalogVersion(), decision.ruleId(), decision.article(), decision.rationale(),
                decision.evidence(), command.classifiedAt(), command.registrationId()));
        return ClassificationOutcome.CLASSIFIED;
    }

    @EventSourcingHandler
    void on(PetitionClassifiedV1 event) {
        this.petitionId = event.petitionId();
    }
}
