package org.petitionsuite.intake.publish;

import org.petitionsuite.intake.privacy.Pseudonymizer;
import org.petitionsuite.intake.domain.PersonalDataMasking;
import java.util.List;
import org.petitionsuite.contract.intake.AgreementRecordedV1;
import org.petitionsuite.contract.intake.DocumentIssuedV1;
import org.petitionsuite.contract.intake.EvaluatedV1;
import org.petitionsuite.contract.intake.HandlingExtendedV1;
import org.petitionsuite.contract.intake.HearingRecordedV1;
import org.petitionsuite.contract.intake.LimitLapsedV1;
import org.petitionsuite.contract.intake.MatterJoinedV1;
import org.petitionsuite.contract.intake.NotAcceptedAgainV1;
import org.petitionsuite.contract.intake.PersonalDataErasedV1;
import org.petitionsuite.contract.intake.PetitionConcludedV1;
import org.petitionsuite.contract.intake.ReviewOpinionIssuedV1;
import org.petitionsuite.contract.intake.ReviewRequestedV1;
import org.petitionsuite.contract.intake.HandlingOpinionIssuedV1;
import org.petitionsuite.contract.intake.PetitionAcceptanceDecidedV1;
import org.petitionsuite.intake.api.AgreementRecorded;
import org.petitionsuite.intake.api.DocumentIssued;
import org.petitionsuite.intake.api.Evaluated;
import org.petitionsuite.intake.api.HandlingExtended;
import org.petitionsuite.intake.api.HearingRecorded;
import org.petitionsuite.intake.api.LimitLapsed;
import org.petitionsuite.intake.api.MatterJoined;
import org.petitionsuite.intake.api.NotAcceptedAgain;
import org.petitionsuite.intake.api.PersonalDataErased;
import org.petitionsuite.intake.api.PetitionerErased;
import org.petitionsuite.intake.api.PetitionConcluded;
import org.petitionsuite.intake.api.ReviewOpinionIssued;
import org.petitionsuite.intake.api.ReviewRequested;
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
        return new PetitionAcceptanceDecidedV1(e.petitionId(), e.placeOfMatter(), e.organCode(), redacted(e.reason()), null, e.limitArticle(),
                e.noticeDue(), e.timely(), e.profile(), e.decidedAt(), e.handlingDue(), e.handlingDue() != null);
    }

    static PetitionAcceptanceDecidedV1 declined(PetitionDeclined e) {
        return new PetitionAcceptanceDecidedV1(e.petitionId(), e.placeOfMatter(), e.organCode(), redacted(e.reason()), e.legalChannel(), e.article(),
                e.noticeDue(), e.timely(), e.profile(), e.decidedAt());
    }

    static HandlingExtendedV1 extended(HandlingExtended e) {
        return new HandlingExtendedV1(e.petitionId(), e.placeOfMatter(), e.days(), e.totalExtensionDays(), e.due(), redacted(e.reason()),
                e.approvedBy(), e.at());
    }

    /** The opinion's text stays in intake: it names people; the published fact is its outcome and timing. */
    static HandlingOpinionIssuedV1 opinionIssued(HandlingOpinionIssued e) {
        return new HandlingOpinionIssuedV1(e.petitionId(), e.placeOfMatter(), e.organCode(), e.outcome(), e.due(), e.timely(),
                e.profile(), e.issuedAt(), e.servedOn(), e.reviewRequestDue(), e.evaluationDue());
    }

    static HearingRecordedV1 hearing(HearingRecorded e) {
        return new HearingRecordedV1(e.petitionId(), e.placeOfMatter(), e.stage(), e.from(), e.to(), e.answerDue(), e.at());
    }

    static AgreementRecordedV1 agreement(AgreementRecorded e) {
        return new AgreementRecordedV1(e.petitionId(), e.placeOfMatter(), e.organCode(), e.kind(), e.agreedOn(), e.due(),
                e.timely(), e.evaluationDue(), e.at());
    }

    static ReviewRequestedV1 reviewRequested(ReviewRequested e) {
        return new ReviewRequestedV1(e.petitionId(), e.placeOfMatter(), e.level(), e.organCode(), e.requestedOn(),
                e.answerDue(), e.profile(), e.at());
    }

    static ReviewOpinionIssuedV1 reviewOpinion(ReviewOpinionIssued e) {
        return new ReviewOpinionIssuedV1(e.petitionId(), e.placeOfMatter(), e.level(), e.organCode(), e.outcome(), e.due(),
                e.timely(), e.servedOn(), e.nextRequestDue(), e.matterId(), e.profile(), e.issuedAt());
    }

    /** Only that and when: the ground and the official who erased stay in intake. */
    static PersonalDataErasedV1 erased(PersonalDataErased e) {
        return new PersonalDataErasedV1(e.petitionId(), e.at());
    }

    static PersonalDataErasedV1 erased(PetitionerErased e) {
        return new PersonalDataErasedV1(e.petitionId(), e.at(), PersonalDataErasedV1.PETITIONERS,
                e.pseudonym() == null ? List.of() : List.of(e.pseudonym()));
    }

    static LimitLapsedV1 lapsed(LimitLapsed e) {
        return new LimitLapsedV1(e.petitionId(), e.placeOfMatter(), e.step().name(), e.due(), e.status(), e.unevaluated(),
                e.lapsedOn());
    }

    /** The comment stays in intake: it is the petitioner's own words. */
    static EvaluatedV1 evaluated(Evaluated e) {
        return new EvaluatedV1(e.petitionId(), e.placeOfMatter(), e.target(), e.satisfaction(), e.organCode(), e.due(), e.at());
    }

    static PetitionConcludedV1 concluded(PetitionConcluded e) {
        return new PetitionConcludedV1(e.petitionId(), e.placeOfMatter(), e.basis(), e.matterId(), e.firstTime(),
                e.firstTime() && e.basis().resolvedAtFirstHandling(), e.at());
    }

    static MatterJoinedV1 matterJoined(MatterJoined e) {
        return new MatterJoinedV1(e.petitionId(), e.placeOfMatter(), e.matterId(), e.repeatOf(), e.at());
    }

    static NotAcceptedAgainV1 notAcceptedAgain(NotAcceptedAgain e) {
        return new NotAcceptedAgainV1(e.petitionId(), e.placeOfMatter(), e.matterId(), e.earlierPetitionId(), e.article(), e.at());
    }

    /** The document's facts name people and stay in intake; the published fact is that it was issued. */
    static DocumentIssuedV1 documentIssued(DocumentIssued e) {
        return new DocumentIssuedV1(e.petitionId(), e.placeOfMatter(), e.documentId(), e.type(), e.number(), e.issuedAt());
    }

    /**
     * Free text leaves intake only redacted (PersonalDataMasking.freeText: ID numbers, phones, bank cards, the
     * petitioners' names). Routing still classifies on it: its keywords are about the matter, not the person.
     */
    private static String redacted(String text) {
        return PersonalDataMasking.freeText(text, List.of());
    }

    static PetitionRegisteredV1 registered(PetitionRegistered event, Pseudonymizer pseudonymizer) {
        PetitionDetails d = event.details();
        List<String> names = d.petitioners().stream().map(p -> p.name()).toList();
        return new PetitionRegisteredV1(
                event.petitionId(),
                event.registeredAt(),
                d.receivedAt(),
                d.channel(),
                d.purpose(),
                d.contentCategory(),
                PersonalDataMasking.freeText(d.request(), names),
                PersonalDataMasking.freeText(d.factsAndReasons(), names),
                d.placeOfMatter(),
                d.numberOfPeople(),
                d.isCollective(),
                d.petitioners().stream()
                        .map(p -> new PetitionRegisteredV1.Petitioner(pseudonymizer.of(p.idNumber()), p.isRepresentative(),
                                p.isConfidentialityRequested()))
                        .toList(),
                PersonalDataMasking.freeText(d.accusedTarget(), names),
                new PetitionRegisteredV1.Organ(d.registeringOrgan().code(), d.registeringOrgan().name(),
                        d.registeringOrgan().regionCode()),
                d.sourceSystem(),
                d.sourceReference(),
                event.matter(),
                event.firstTime(),
                d.complainedOrgans() == null ? List.of() : d.complainedOrgans().stream()
                        .map(o -> new PetitionRegisteredV1.ComplainedOrgan(o.code(), o.name())).toList());
    }
}
