package org.petitionsuite.intake.publish;

import org.petitionsuite.contract.intake.HandlingExtendedV1;
import org.petitionsuite.contract.intake.HandlingOpinionIssuedV1;
import org.petitionsuite.contract.intake.PetitionAcceptanceDecidedV1;
import org.petitionsuite.intake.api.HandlingExtended;
import org.petitionsuite.intake.api.HandlingOpinionIssued;
import org.petitionsuite.contract.intake.PetitionRegisteredV1;
import org.petitionsuite.intake.api.PetitionAccepted;
import org.petitionsuite.intake.api.PetitionDeclined;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.PetitionRegistered;

/** Stored events → the published contract (event-contract). The only place that decides what leaves intake. */
final class PublishedEvents {
    private PublishedEvents() {
    }

    static PetitionAcceptanceDecidedV1 accepted(PetitionAccepted e) {
        return new PetitionAcceptanceDecidedV1(e.petitionId(), e.placeOfMatter(), e.organCode(), e.reason(), null, e.limitArticle(),
                e.noticeDue(), e.timely(), e.profile(), e.decidedAt());
    }

    static PetitionAcceptanceDecidedV1 declined(PetitionDeclined e) {
        return new PetitionAcceptanceDecidedV1(e.petitionId(), e.placeOfMatter(), e.organCode(), e.reason(), e.legalChannel(), e.article(),
                e.noticeDue(), e.timely(), e.profile(), e.decidedAt());
    }

    static HandlingExtendedV1 extended(HandlingExtended e) {
        return new HandlingExtendedV1(e.petitionId(), e.placeOfMatter(), e.days(), e.totalExtensionDays(), e.due(), e.reason(),
                e.approvedBy(), e.at());
    }

    /** The opinion's text stays in intake: it names people; the published fact is its outcome and timing. */
    static HandlingOpinionIssuedV1 opinionIssued(HandlingOpinionIssued e) {
        return new HandlingOpinionIssuedV1(e.petitionId(), e.placeOfMatter(), e.organCode(), e.outcome(), e.due(), e.timely(),
                e.profile(), e.issuedAt());
    }

    static PetitionRegisteredV1 registered(PetitionRegistered event, Pseudonymizer pseudonymizer) {
        PetitionDetails d = event.details();
        return new PetitionRegisteredV1(
                event.petitionId(),
                event.registeredAt(),
                d.receivedAt(),
                d.channel(),
                d.purpose(),
                d.contentCategory(),
                d.request(),
                d.factsAndReasons(),
                d.placeOfMatter(),
                d.numberOfPeople(),
                d.isCollective(),
                d.petitioners().stream()
                        .map(p -> new PetitionRegisteredV1.Petitioner(pseudonymizer.of(p.idNumber()), p.isRepresentative(),
                                p.isConfidentialityRequested()))
                        .toList(),
                d.accusedTarget(),
                new PetitionRegisteredV1.Organ(d.registeringOrgan().code(), d.registeringOrgan().name(),
                        d.registeringOrgan().regionCode()),
                d.sourceSystem(),
                d.sourceReference());
    }
}
