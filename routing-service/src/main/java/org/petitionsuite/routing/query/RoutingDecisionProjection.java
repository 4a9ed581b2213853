package org.petitionsuite.routing.query;

import java.util.List;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.contract.routing.ClassificationConfirmedV1;
import org.petitionsuite.contract.routing.PetitionClassifiedV1;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.contract.routing.RoutingOverriddenV1;
import org.petitionsuite.routing.api.AcceptanceNoted;
import org.petitionsuite.routing.api.MatterErased;
import org.petitionsuite.routing.api.PetitionersForgotten;
import org.petitionsuite.routing.api.MatterRecorded;
import org.petitionsuite.routing.api.ReReviewConcludedNoted;
import org.petitionsuite.routing.catalog.Classification;
import org.petitionsuite.routing.catalog.Matter;
import org.petitionsuite.kit.axon.ReadModelProjection;

/** Builds {@link RoutingDecisionView} from routing's event store; token and rows change in one transaction. */
@Singleton
@ProcessingGroup(RoutingDecisionProjection.PROCESSING_GROUP)
public class RoutingDecisionProjection extends ReadModelProjection {
    public static final String PROCESSING_GROUP = "routing-read-model";

    @EventHandler
    void on(MatterRecorded event) {
        RoutingDecisionView view = RoutingDecisionView.<RoutingDecisionView>findByIdOptional(event.petitionId())
                .orElseGet(RoutingDecisionView::new);
        Matter m = event.matter();
        view.petitionId = event.petitionId();
        view.placeOfMatter = m.placeOfMatter();
        view.placeCode12 = DivisionCode.parse(m.placeOfMatter()).twelveDigits();
        view.purpose = m.purpose();
        view.contentCategory = m.contentCategory();
        view.request = m.request();
        view.factsAndReasons = m.factsAndReasons();
        view.collective = m.collective();
        view.accusedTarget = m.accusedTarget();
        view.sourceSystem = event.sourceSystem();
        view.complainedOrgans = m.complainedOrgans() == null ? List.of() : m.complainedOrgans();
        view.pseudonyms = m.pseudonyms() == null ? List.of() : m.pseudonyms();
        view.registeringRegion12 = m.registeringRegion() == null ? null : DivisionCode.parse(m.registeringRegion()).twelveDigits();
        view.persist();
    }

    /** 个人信息保护法 Art 47: the text, accused target and pseudonyms go; the accused organs stay in accusedOrganCodes. */
    @EventHandler
    void on(MatterErased event) {
        RoutingDecisionView.<RoutingDecisionView>findByIdOptional(event.petitionId()).ifPresent(view -> {
            Matter erased = view.matter().erased(event.accusedOrgans());
            view.request = erased.request();
            view.factsAndReasons = erased.factsAndReasons();
            view.accusedTarget = erased.accusedTarget();
            view.pseudonyms = erased.pseudonyms();
            view.erasedAt = event.erasedAt();
        });
    }

    /** 个人信息保护法 Art 47, a person's own erasure: their pseudonyms go from the history Art 19 ¶3 looks into. */
    @EventHandler
    void on(PetitionersForgotten event) {
        RoutingDecisionView.<RoutingDecisionView>findByIdOptional(event.petitionId())
                .ifPresent(view -> view.pseudonyms = view.matter().withoutPseudonyms(event.pseudonyms()).pseudonyms());
    }

    @EventHandler
    void on(PetitionClassifiedV1 event) {
        RoutingDecisionView view = RoutingDecisionView.<RoutingDecisionView>findByIdOptional(event.petitionId())
                .orElseGet(RoutingDecisionView::new);
        view.petitionId = event.petitionId();
        view.placeOfMatter = event.placeOfMatter();
        view.placeCode12 = DivisionCode.parse(event.placeOfMatter()).twelveDigits();
        view.kind = event.kind();
        view.channel = event.channel();
        view.catalogVersion = event.catalogVersion();
        view.ruleId = event.ruleId();
        view.article = event.article();
        view.rationale = event.rationale();
        view.evidence = event.evidence();
        view.classifiedAt = event.classifiedAt();
        view.registrationId = event.registrationId();
        if (!Classification.isByPerson(event.ruleId())) { // the catalog's decision, not a person's
            view.confidence = event.confidence();
            view.alternatives = event.alternatives();
            view.catalogChannel = event.channel();
            view.catalogRuleId = event.ruleId();
        }
        view.persist();
    }

    @EventHandler
    void on(ClassificationConfirmedV1 event) {
        RoutingDecisionView.<RoutingDecisionView>findByIdOptional(event.petitionId()).ifPresent(view -> {
            view.confirmation = event.outcome();
            view.confirmedChannel = event.channel();
            view.confirmedBy = event.by();
            view.confirmedAt = event.confirmedAt();
        });
    }

    @EventHandler
    void on(PetitionRoutedV1 event) {
        RoutingDecisionView.<RoutingDecisionView>findByIdOptional(event.petitionId()).ifPresent(view -> {
            view.organCode = event.organCode();
            view.organName = event.organName();
            view.organLevel = event.organLevel();
            view.organRegion = event.organRegion();
            view.routeMode = event.mode();
            view.routedAt = event.routedAt();
            view.reportWithinDays = event.reportWithinDays();
            view.directoryVersion = event.directoryVersion();
            view.routeArticle = event.article();
            view.routeRationale = event.rationale();
            view.routeFlags = event.flags();
            view.accusedOrganCodes = org.petitionsuite.kit.security.AccusedOrgans.column(event.accusedOrgansOrNone());
        });
    }

    @EventHandler
    void on(RoutingOverriddenV1 event) {
        RoutingDecisionView.<RoutingDecisionView>findByIdOptional(event.petitionId()).ifPresent(view -> {
            view.overriddenBy = event.by();
            view.overrideReason = event.reason();
        });
    }

    @EventHandler
    void on(AcceptanceNoted event) {
        RoutingDecisionView.<RoutingDecisionView>findByIdOptional(event.petitionId()).ifPresent(view -> {
            view.acceptedByOrgan = event.organCode();
            view.acceptedRegion12 = event.organRegion() == null ? null : DivisionCode.parse(event.organRegion()).twelveDigits();
            view.acceptedAt = event.acceptedAt();
        });
    }

    @EventHandler
    void on(ReReviewConcludedNoted event) {
        RoutingDecisionView.<RoutingDecisionView>findByIdOptional(event.petitionId()).ifPresent(view -> {
            view.reReviewMatterId = event.matterId();
            view.reReviewOrgan = event.organCode();
            view.reReviewIssuedAt = event.issuedAt();
        });
    }

    @ResetHandler
    void reset() {
        RoutingDecisionView.deleteAll();
    }
}
