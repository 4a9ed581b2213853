package org.petitionsuite.intake.query;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.petitionsuite.contract.PetitionStatus;
import org.petitionsuite.contract.EvaluationTarget;
import org.petitionsuite.contract.ReviewLevel;
import org.petitionsuite.intake.api.AgreementRecorded;
import org.petitionsuite.intake.api.ClassificationNoted;
import org.petitionsuite.intake.api.DocumentIssued;
import org.petitionsuite.intake.api.Evaluated;
import org.petitionsuite.intake.api.HearingRecorded;
import org.petitionsuite.intake.api.LimitLapsed;
import org.petitionsuite.intake.api.NotAcceptedAgain;
import org.petitionsuite.intake.api.PetitionConcluded;
import org.petitionsuite.intake.api.ReviewOpinionIssued;
import org.petitionsuite.intake.api.ReviewRequested;
import org.petitionsuite.limits.Step;
import org.petitionsuite.intake.api.HandlingExtended;
import org.petitionsuite.intake.api.HandlingOpinionIssued;
import org.petitionsuite.intake.api.PetitionAccepted;
import org.petitionsuite.intake.api.PetitionDeclined;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.PersonalDataErased;
import org.petitionsuite.intake.api.PetitionerErased;
import org.petitionsuite.intake.api.MatterJoined;
import org.petitionsuite.intake.api.PetitionRegistered;
import org.petitionsuite.intake.api.RepeatRejected;
import org.petitionsuite.intake.api.Petitioner;
import org.petitionsuite.intake.privacy.SealedEvents;
import org.petitionsuite.intake.domain.PersonalDataMasking;
import org.petitionsuite.intake.api.RouteNoted;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.kit.axon.ReadModelProjection;

/**
 * Builds {@link PetitionView} from the event store. Runs in a tracking processor whose token is updated in the same
 * transaction as the rows, so each event is applied once; a reset replays the store into an empty table.
 */
@Singleton
@ProcessingGroup(PetitionProjection.PROCESSING_GROUP)
public class PetitionProjection extends ReadModelProjection {
    public static final String PROCESSING_GROUP = "petition-read-model";
    private final RepeatProposals repeats;

    PetitionProjection(RepeatProposals repeats) {
        this.repeats = repeats;
    }

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
        view.complainedOrgans = d.complainedOrgans() == null ? List.of() : d.complainedOrgans();
        view.matterId = event.matter();
        view.firstTime = event.firstTime();
        view.repeatOf = d.repeatOf();
        view.persist();
        repeats.propose(view);
    }

    @EventHandler
    void on(MatterJoined event) {
        update(event.petitionId(), view -> {
            view.matterId = event.matterId();
            view.firstTime = false;
            view.repeatOf = event.repeatOf();
        });
        decide(event.petitionId(), event.repeatOf(), RepeatProposalView.CONFIRMED, event.confirmedBy(), event.at());
    }

    @EventHandler
    void on(RepeatRejected event) {
        decide(event.petitionId(), event.candidateId(), RepeatProposalView.REJECTED, event.rejectedBy(), event.at());
    }

    private static void decide(String petitionId, String candidateId, String state, String by, java.time.Instant at) {
        RepeatProposalView.<RepeatProposalView>findByIdOptional(new RepeatProposalView.Key(petitionId, candidateId))
                .ifPresent(p -> {
                    p.state = state;
                    p.decidedBy = by;
                    p.decidedAt = at;
                });
    }

    @EventHandler
    void on(ClassificationNoted event) {
        update(event.petitionId(), view -> {
            view.kind = event.kind();
            view.legalChannel = event.channel();
            view.classificationArticle = event.article();
        });
    }

    @EventHandler
    void on(RouteNoted event) {
        update(event.petitionId(), view -> {
            view.receivingOrganCode = event.organCode();
            view.receivingOrganName = event.organName();
            view.actingOrganCode = event.organCode();
            view.routeMode = event.mode();
            view.reportWithinDays = event.reportWithinDays();
            view.accusedOrganCodes = org.petitionsuite.kit.security.AccusedOrgans.column(event.accusedOrgans());
        });
    }

    @EventHandler
    void on(PetitionAccepted event) {
        update(event.petitionId(), view -> {
            view.status = PetitionStatus.ACCEPTED.name();
            view.handlingDue = event.handlingDue();
            watch(view, Step.HANDLING, event.handlingDue());
            view.acceptanceDecidedAt = event.decidedAt();
            view.acceptanceNoticeDue = event.noticeDue();
            view.acceptanceTimely = event.timely();
        });
    }

    @EventHandler
    void on(PetitionDeclined event) {
        update(event.petitionId(), view -> {
            view.status = PetitionStatus.DECLINED.name();
            view.acceptanceDecidedAt = event.decidedAt();
            view.acceptanceNoticeDue = event.noticeDue();
            view.acceptanceTimely = event.timely();
            view.declineReason = event.reason();
            view.declineChannel = event.legalChannel();
            view.declineArticle = event.article();
            view.actingOrganCode = null;
        });
    }

    @EventHandler
    void on(HandlingExtended event) {
        update(event.petitionId(), view -> {
            view.handlingDue = event.due();
            view.extensionDays = event.totalExtensionDays();
            watch(view, Step.HANDLING, event.due());
        });
    }

    @EventHandler
    void on(HandlingOpinionIssued event) {
        update(event.petitionId(), view -> {
            view.status = PetitionStatus.OPINION_ISSUED.name();
            view.handlingDue = event.due();
            view.opinionOutcome = event.outcome();
            view.opinionIssuedAt = event.issuedAt();
            view.opinionTimely = event.timely();
            view.reviewRequestDue = event.reviewRequestDue();
            watch(view, Step.REVIEW_REQUEST, event.reviewRequestDue());
            openEvaluation(view, event.evaluationDue());
        });
    }

    @EventHandler
    void on(NotAcceptedAgain event) {
        update(event.petitionId(), view -> view.status = PetitionStatus.NOT_ACCEPTED_AGAIN.name());
    }

    @EventHandler
    void on(AgreementRecorded event) {
        update(event.petitionId(), view -> {
            view.status = PetitionStatus.ACCEPTED.name();
            view.agreementKind = event.kind();
            view.agreedOn = event.agreedOn();
            watch(view, null, null);
            openEvaluation(view, event.evaluationDue());
        });
    }

    @EventHandler
    void on(HearingRecorded event) {
        update(event.petitionId(), view -> {
            view.hearingDays += (int) ChronoUnit.DAYS.between(event.from(), event.to()) + 1;
            if ("RE_REVIEW".equals(event.stage())) {
                view.status = event.status().name();
                view.reReviewAnswerDue = event.answerDue();
                watch(view, event.status() == PetitionStatus.UNDER_RE_REVIEW ? Step.RE_REVIEW_ANSWER : null, event.answerDue());
            }
        });
    }

    @EventHandler
    void on(ReviewRequested event) {
        update(event.petitionId(), view -> {
            view.actingOrganCode = event.organCode();
            if (event.level() == ReviewLevel.REVIEW) {
                view.status = PetitionStatus.UNDER_REVIEW.name();
                view.reviewOrganCode = event.organCode();
                view.reviewOrganName = event.organName();
                view.reviewRequestedOn = event.requestedOn();
                view.reviewAnswerDue = event.answerDue();
                watch(view, Step.REVIEW_ANSWER, event.answerDue());
            } else {
                view.status = PetitionStatus.UNDER_RE_REVIEW.name();
                view.reReviewOrganCode = event.organCode();
                view.reReviewOrganName = event.organName();
                view.reReviewRequestedOn = event.requestedOn();
                view.reReviewAnswerDue = event.answerDue();
                watch(view, Step.RE_REVIEW_ANSWER, event.answerDue());
            }
        });
    }

    @EventHandler
    void on(ReviewOpinionIssued event) {
        update(event.petitionId(), view -> {
            if (event.level() == ReviewLevel.REVIEW) {
                view.status = PetitionStatus.REVIEW_OPINION_ISSUED.name();
                view.reviewOutcome = event.outcome();
                view.reviewTimely = event.timely();
                view.reReviewRequestDue = event.nextRequestDue();
                watch(view, Step.RE_REVIEW_REQUEST, event.nextRequestDue());
            } else {
                view.status = PetitionStatus.RE_REVIEW_OPINION_ISSUED.name();
                view.reReviewOutcome = event.outcome();
                view.reReviewTimely = event.timely();
                watch(view, null, null);
            }
        });
    }

    @EventHandler
    void on(LimitLapsed event) {
        update(event.petitionId(), view -> {
            if (event.status() == null) {
                view.evaluationOpen = false;
            } else {
                view.status = event.status().name();
                watch(view, null, null);
            }
        });
    }

    @EventHandler
    void on(Evaluated event) {
        update(event.petitionId(), view -> {
            if (event.target() == EvaluationTarget.PETITION_DEPARTMENT) {
                view.departmentSatisfaction = event.satisfaction();
            } else {
                view.unitSatisfaction = event.satisfaction();
            }
            view.evaluationOpen = view.departmentSatisfaction == null || view.unitSatisfaction == null;
        });
    }

    @EventHandler
    void on(PetitionConcluded event) {
        update(event.petitionId(), view -> {
            view.status = PetitionStatus.CONCLUDED.name();
            view.conclusionBasis = event.basis();
            view.concludedAt = event.at();
            watch(view, null, null);
        });
    }

    @EventHandler
    void on(DocumentIssued event) {
        DocumentView.Key key = new DocumentView.Key(event.petitionId(), event.documentId());
        if (DocumentView.findById(key) != null) {
            return;
        }
        DocumentView document = new DocumentView();
        document.key = key;
        document.type = event.type();
        document.number = event.number();
        document.fields = event.fields();
        document.issuedAt = event.issuedAt();
        document.persist();
    }

    /** Every personal value of the petition and its documents becomes 已删除 (个人信息保护法 Art 47); nothing else changes. */
    @EventHandler
    void on(PersonalDataErased event) {
        update(event.petitionId(), view -> {
            view.petitioners = view.petitioners.stream().map(PetitionProjection::erased).toList();
            view.request = PersonalDataMasking.ERASED;
            view.factsAndReasons = PersonalDataMasking.ERASED;
            view.accusedTarget = view.accusedTarget == null ? null : PersonalDataMasking.ERASED;
            view.personalDataErasedAt = event.at();
        });
        List<String> personal = SealedEvents.PERSONAL_FIELDS.get(DocumentIssued.class).stream()
                .map(path -> path.substring("fields.".length())).toList();
        for (DocumentView document : DocumentView.of(event.petitionId())) {
            Map<String, String> fields = new java.util.LinkedHashMap<>(document.fields);
            personal.forEach(name -> fields.computeIfPresent(name, (k, v) -> PersonalDataMasking.ERASED));
            document.fields = fields;
        }
    }

    /** 个人信息保护法 Art 47, a person's own erasure: their identity becomes 已删除; the text and the others stay. */
    @EventHandler
    void on(PetitionerErased event) {
        update(event.petitionId(), view -> {
            List<Petitioner> petitioners = new java.util.ArrayList<>(view.petitioners);
            for (int index : event.petitionerIndexes()) {
                if (index < petitioners.size()) {
                    petitioners.set(index, erased(petitioners.get(index)));
                }
            }
            view.petitioners = petitioners;
        });
    }

    private static Petitioner erased(Petitioner p) {
        return new Petitioner(PersonalDataMasking.ERASED, PersonalDataMasking.ERASED, PersonalDataMasking.ERASED,
                PersonalDataMasking.ERASED, p.confidentialityRequested(), p.representative());
    }

    /** The limit the sweep watches now ({@link LimitSweep}); none when {@code step} is null. */
    private static void watch(PetitionView view, Step step, LocalDate due) {
        view.nextLimitStep = step == null ? null : step.name();
        view.nextLimitDue = step == null ? null : due;
    }

    private static void openEvaluation(PetitionView view, LocalDate due) {
        view.evaluationDue = due;
        view.evaluationOpen = due != null;
    }

    /** Changes the petition's row; an event for a row that is not there (never registered here) changes nothing. */
    private static void update(String petitionId, Consumer<PetitionView> change) {
        PetitionView.<PetitionView>findByIdOptional(petitionId).ifPresent(change);
    }

    @ResetHandler
    void reset() {
        RepeatProposalView.deleteAll();
        DocumentView.deleteAll();
        PetitionView.deleteAll();
    }
}
