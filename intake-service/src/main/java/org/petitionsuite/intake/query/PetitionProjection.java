package org.petitionsuite.intake.query;

import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.petitionsuite.contract.PetitionStatus;
import org.petitionsuite.intake.api.ClassificationNoted;
import org.petitionsuite.intake.api.HandlingExtended;
import org.petitionsuite.intake.api.HandlingOpinionIssued;
import org.petitionsuite.intake.api.PetitionAccepted;
import org.petitionsuite.intake.api.PetitionDeclined;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.PetitionRegistered;
import org.petitionsuite.intake.api.RouteNoted;
import org.petitionsuite.contract.DivisionCode;

/**
 * Builds {@link PetitionView} from the event store. Runs in a tracking processor whose token is updated in the same
 * transaction as the rows, so each event is applied once; a reset replays the store into an empty table.
 */
@Singleton
@ProcessingGroup(PetitionProjection.PROCESSING_GROUP)
public class PetitionProjection {
    public static final String PROCESSING_GROUP = "petition-read-model";

    @EventHandler
    void on(PetitionRegistered event) {
        if (PetitionView.findById(event.petitionId()) != null) {
            return;
        }
        PetitionDetails d = event.details();
        PetitionView view = new PetitionView();
        view.petitionId = event.petitionId();
        view.status = PetitionStatus.AWAITING_ACCEPTANCE.name();
        view.receivedAt = d.receivedAt();
        view.registeredAt = event.registeredAt();
        view.registeredBy = event.registeredBy();
        view.channel = d.channel();
        view.purpose = d.purpose();
        view.contentCategory = d.contentCategory();
        view.request = d.request();
        view.factsAndReasons = d.factsAndReasons();
        view.placeOfMatter = d.placeOfMatter();
        view.placeCode12 = DivisionCode.parse(d.placeOfMatter()).twelveDigits();
        view.numberOfPeople = d.numberOfPeople();
        view.collective = d.isCollective();
        view.accusedTarget = d.accusedTarget();
        view.registeringOrganCode = d.registeringOrgan().code();
        view.registeringOrganName = d.registeringOrgan().name();
        view.registeringRegion12 = DivisionCode.parse(d.registeringOrgan().regionCode()).twelveDigits();
        view.sourceSystem = d.sourceSystem();
        view.sourceReference = d.sourceReference();
        view.petitioners = d.petitioners();
        view.persist();
    }

    @EventHandler
    void on(ClassificationNoted event) {
        PetitionView.<PetitionView>findByIdOptional(event.petitionId()).ifPresent(view -> {
            view.kind = event.kind();
            view.legalChannel = event.channel();
            view.classificationArticle = event.article();
        });
    }

    @EventHandler
    void on(RouteNoted event) {
        PetitionView.<PetitionView>findByIdOptional(event.petitionId()).ifPresent(view -> {
            view.receivingOrganCode = event.organCode();
            view.receivingOrganName = event.organName();
            view.routeMode = event.mode();
            view.reportWithinDays = event.reportWithinDays();
        });
    }

    @EventHandler
    void on(PetitionAccepted event) {
        PetitionView.<PetitionView>findByIdOptional(event.petitionId()).ifPresent(view -> {
            view.status = PetitionStatus.ACCEPTED.name();
            view.handlingDue = event.handlingDue();
            view.acceptanceDecidedAt = event.decidedAt();
            view.acceptanceNoticeDue = event.noticeDue();
            view.acceptanceTimely = event.timely();
        });
    }

    @EventHandler
    void on(PetitionDeclined event) {
        PetitionView.<PetitionView>findByIdOptional(event.petitionId()).ifPresent(view -> {
            view.status = PetitionStatus.DECLINED.name();
            view.acceptanceDecidedAt = event.decidedAt();
            view.acceptanceNoticeDue = event.noticeDue();
            view.acceptanceTimely = event.timely();
            view.declineReason = event.reason();
            view.declineChannel = event.legalChannel();
            view.declineArticle = event.article();
        });
    }

    @EventHandler
    void on(HandlingExtended event) {
        PetitionView.<PetitionView>findByIdOptional(event.petitionId()).ifPresent(view -> {
            view.handlingDue = event.due();
            view.extensionDays = event.totalExtensionDays();
        });
    }

    @EventHandler
    void on(HandlingOpinionIssued event) {
        PetitionView.<PetitionView>findByIdOptional(event.petitionId()).ifPresent(view -> {
            view.status = PetitionStatus.OPINION_ISSUED.name();
            view.handlingDue = event.due();
            view.opinionOutcome = event.outcome();
            view.opinionIssuedAt = event.issuedAt();
            view.opinionTimely = event.timely();
        });
    }

    @ResetHandler
    void reset() {
        PetitionView.deleteAll();
    }
}
