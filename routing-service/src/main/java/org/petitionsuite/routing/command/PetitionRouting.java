package org.petitionsuite.routing.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.routing.PetitionClassifiedV1;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.contract.routing.RoutingOverriddenV1;
import org.petitionsuite.kit.Violation;
import org.petitionsuite.routing.api.ClassificationOutcome;
import org.petitionsuite.routing.api.ClassifyPetition;
import org.petitionsuite.routing.api.MatterRecorded;
import org.petitionsuite.routing.api.OverrideRouting;
import org.petitionsuite.routing.authority.AuthorityDirectory;
import org.petitionsuite.routing.authority.Organ;
import org.petitionsuite.routing.authority.Route;
import org.petitionsuite.routing.catalog.CatalogLibrary;
import org.petitionsuite.routing.catalog.Classification;
import org.petitionsuite.routing.catalog.Matter;

/**
 * Routing's view of one petition: how it was classified and where it was sent (and, as the routing issue goes on,
 * overrides and objections). Its events hold no personal data, so the stored event is the published contract record.
 */
public class PetitionRouting {
    static final String OVERRIDE_RULE = "operator-override";

    @AggregateIdentifier
    private String petitionId;
    private Matter matter;
    private LegalChannel channel;
    private String organCode;
    private String registrationId;

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
        apply(routed(directory.resolve(matter, decision), command.classifiedAt()));
        return ClassificationOutcome.CLASSIFIED;
    }

    /**
     * People stay in charge: a handler or supervisor overrides the channel, the organ or both, and must say why. The
     * override is its own fact; the new decision follows as a classification and a route.
     */
    @CommandHandler
    public void handle(OverrideRouting command, AuthorityDirectory directory) {
        List<Violation> violations = new ArrayList<>();
        if (command.reason() == null || command.reason().isBlank()) {
            violations.add(new Violation("reason", "is required: say why the decision is overridden"));
        } else if (command.reason().length() > 2000) {
            violations.add(new Violation("reason", "must be at most 2000 characters"));
        }
        if (command.channel() == null && command.organCode() == null) {
            violations.add(new Violation("channel", "give a channel, an organ (organCode), or both"));
        }
        LegalChannel newChannel = command.channel() == null ? channel : command.channel();
        Classification decision = new Classification(newChannel.kind(), newChannel, OVERRIDE_RULE, OVERRIDE_RULE,
                newChannel.article(), command.reason(), List.of("人工改判：" + command.by()));
        Organ organ = null;
        if (command.organCode() != null) {
            organ = directory.find(command.organCode()).orElse(null);
            if (organ == null) {
                violations.add(new Violation("organCode", "is not in the authority directory " + directory.version()));
            } else if (AuthorityDirectory.isAccused(matter, decision, organ)) {
                violations.add(new Violation("organCode", "the accusation names this organ; it may not receive it (条例 Art 30 ¶3)"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RoutingRefusedException(violations);
        }
        Route route = organ == null ? directory.resolve(matter, decision) : directory.routeTo(organ, matter, decision);
        apply(new RoutingOverriddenV1(petitionId, command.by(), command.reason(), channel, organCode, newChannel,
                route.organ() == null ? null : route.organ().code(), command.at()));
        apply(new PetitionClassifiedV1(petitionId, matter.placeOfMatter(), decision.kind(), decision.channel(),
                decision.catalogVersion(), decision.ruleId(), decision.article(), decision.rationale(), decision.evidence(),
                command.at(), registrationId));
        apply(routed(route, command.at()));
    }

    private PetitionRoutedV1 routed(Route route, Instant at) {
        Organ organ = route.organ();
        return new PetitionRoutedV1(petitionId, matter.placeOfMatter(),
                organ == null ? null : organ.code(), organ == null ? null : organ.name(),
                organ == null ? null : organ.level().name(), organ == null ? null : organ.region(),
                route.mode().name(), route.reportWithinDays(), route.directoryVersion(), route.article(), route.rationale(),
                route.flags(), at);
    }

    @EventSourcingHandler
    void on(MatterRecorded event) {
        this.petitionId = event.petitionId();
        this.matter = event.matter();
    }

    @EventSourcingHandler
    void on(PetitionClassifiedV1 event) {
        this.petitionId = event.petitionId();
        this.channel = event.channel();
        this.registrationId = event.registrationId();
    }

    @EventSourcingHandler
    void on(PetitionRoutedV1 event) {
        this.organCode = event.organCode();
    }
}
