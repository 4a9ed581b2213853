package org.petitionsuite.routing.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.petitionsuite.contract.routing.PetitionClassifiedV1;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.routing.api.ClassificationOutcome;
import org.petitionsuite.routing.api.ClassifyPetition;
import org.petitionsuite.routing.api.MatterRecorded;
import org.petitionsuite.routing.catalog.CatalogLibrary;
import org.petitionsuite.routing.authority.AuthorityDirectory;
import org.petitionsuite.routing.authority.Organ;
import org.petitionsuite.routing.authority.Route;
import org.petitionsuite.routing.catalog.Classification;
import org.petitionsuite.routing.catalog.Matter;

/**
 * Routing's view of one petition: how it was classified and where it was sent (and, as the routing issue goes on,
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
    public ClassificationOutcome handle(ClassifyPetition command, CatalogLibrary catalogs, AuthorityDirectory directory) {
        if (petitionId != null) {
            return ClassificationOutcome.ALREADY_CLASSIFIED;
        }
        Matter matter = command.matter();
        apply(new MatterRecorded(command.petitionId(), matter));
        Classification decision = catalogs.forPlace(matter.placeOfMatter()).classify(matter);
        apply(new PetitionClassifiedV1(command.petitionId(), matter.placeOfMatter(), decision.kind(),
                decision.channel(), decision.catalogVersion(), decision.ruleId(), decision.article(), decision.rationale(),
                decision.evidence(), command.classifiedAt(), command.registrationId()));
        Route route = directory.resolve(matter, decision);
        Organ organ = route.organ();
        apply(new PetitionRoutedV1(command.petitionId(), matter.placeOfMatter(),
                organ == null ? null : organ.code(), organ == null ? null : organ.name(),
                organ == null ? null : organ.level().name(), organ == null ? null : organ.region(),
                route.mode().name(), route.reportWithinDays(), route.directoryVersion(), route.article(), route.rationale(),
                route.flags(), command.classifiedAt()));
        return ClassificationOutcome.CLASSIFIED;
    }

    @EventSourcingHandler
    void on(MatterRecorded event) {
        this.petitionId = event.petitionId();
    }

    @EventSourcingHandler
    void on(PetitionClassifiedV1 event) {
        this.petitionId = event.petitionId();
    }
}
