package org.petitionsuite.intake.rest;

import org.petitionsuite.contract.AgreementKind;
import org.petitionsuite.contract.ConclusionBasis;
import org.petitionsuite.contract.ReviewOutcome;
import org.petitionsuite.contract.Satisfaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.contract.HandlingOutcome;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.intake.api.ComplainedOrgan;
import org.petitionsuite.intake.api.Petitioner;
import org.petitionsuite.intake.api.RegisteringOrgan;
import org.petitionsuite.intake.domain.PersonalDataMasking;
import org.petitionsuite.intake.query.PetitionAccess;
import org.petitionsuite.intake.query.PetitionView;

/** A petition as the API shows it, with personal data masked unless the caller's role needs it. */
public record PetitionResponse(
        String id,
        String status,
        Instant receivedAt,
        Instant registeredAt,
        Channel channel,
        Purpose purpose,
        String contentCategory,
        String request,
        String factsAndReasons,
        String placeOfMatter,
        int numberOfPeople,
        boolean collective,
        String accusedTarget,
        List<ComplainedOrgan> complainedOrgans,
        List<Petitioner> petitioners,
        RegisteringOrgan registeringOrgan,
        String sourceSystem,
        String sourceReference,
        Classification classification,
        Route route,
        Acceptance acceptance,
        Handling handling,
        Matter matter,
        Limit runningLimit,
        Agreement agreement,
        Review review,
        Review reReview,
        Evaluation evaluation,
        Conclusion conclusion) {

    /** The matter (信访事项) this item belongs to; {@code firstTime} for its first item (初次信访). */
    public record Matter(String id, boolean firstTime, String repeatOf) {
    }

    /** The statutory limit running now (e.g. REVIEW_REQUEST until 2026-12-21); null when none runs. */
    public record Limit(String step, LocalDate due) {
    }

    /** A mediation or settlement agreement (条例 Art 33). */
    public record Agreement(AgreementKind kind, LocalDate agreedOn) {
    }

    /** Review (条例 Art 35) or re-review (Art 36): who, when asked, when due, the outcome once issued. */
    public record Review(LocalDate requestDue, String organCode, String organName, LocalDate requestedOn, LocalDate answerDue,
                         ReviewOutcome outcome, Boolean timely) {
    }

    /** Satisfaction evaluation of the petition department and the responsible unit; {@code open} until done or lapsed. */
    public record Evaluation(LocalDate due, boolean open, Satisfaction petitionDepartment, Satisfaction responsibleUnit) {
    }

    public record Conclusion(ConclusionBasis basis, Instant at) {
    }

    /** Handling (Art 31(六), 32–34); null until accepted. */
    public record Handling(LocalDate due, Integer extensionDays, HandlingOutcome opinionOutcome, Instant opinionIssuedAt,
                           Boolean opinionTimely) {
    }

    /**
     * The acceptance decision (条例 Art 23); null until decided.
     *
     * @param timely decided within the acceptance-notice limit ({@code noticeDue}) of the place's profile
     */
    public record Acceptance(Instant decidedAt, LocalDate noticeDue, Boolean timely, String declineReason,
                             LegalChannel declineChannel, String declineArticle) {
    }

    /** Routing's classification (条例 Art 28–31), null until routing decided. */
    public record Classification(PetitionKind kind, LegalChannel channel, String article) {
    }

    /** Routing's route (条例 Art 22 ¶1): receiving organ, FORWARD (转送) or ASSIGN (交办) with days to report; null until routed. */
    public record Route(String organCode, String organName, String mode, Integer reportWithinDays) {
    }

    /** What stands where an accusation's content is withheld from the caller (条例 Art 30 ¶3, PetitionAccess). */
    static final String WITHHELD = "（检举控告内容，仅承办机关和登记的信访部门可见）";

    /**
     * The petition as {@code sight} shows it; {@code inList} masks personal data whatever the sight (lists are for
     * finding a record, not for reading a person's data).
     */
    static PetitionResponse of(PetitionView v, PetitionAccess.Sight sight, boolean inList) {
        boolean fullPersonalData = sight.personalData && !inList;
        boolean content = !PetitionAccess.isAccusation(v) || sight.accusationContent;
        List<String> names = v.petitioners.stream().map(Petitioner::name).toList();
        java.util.function.UnaryOperator<String> text = t -> !content ? WITHHELD
                : fullPersonalData ? t : PersonalDataMasking.freeText(t, names);
        return new PetitionResponse(v.petitionId, v.status, v.receivedAt, v.registeredAt, v.channel, v.purpose,
                v.contentCategory, text.apply(v.request), text.apply(v.factsAndReasons), v.placeOfMatter,
                v.numberOfPeople, v.collective,
                content ? v.accusedTarget : (v.accusedTarget == null ? null : WITHHELD),
                v.complainedOrgans == null || !content ? List.of() : v.complainedOrgans,
                v.petitioners.stream().map(p -> shown(p, fullPersonalData && content, sight.confidentialIdentity)).toList(),
                new RegisteringOrgan(v.registeringOrganCode, v.registeringOrganName, regionOf(v)),
                v.sourceSystem, v.sourceReference,
                v.legalChannel == null ? null : new Classification(v.kind, v.legalChannel, v.classificationArticle),
                v.routeMode == null ? null : new Route(v.receivingOrganCode, v.receivingOrganName, v.routeMode, v.reportWithinDays),
                v.acceptanceDecidedAt == null ? null : new Acceptance(v.acceptanceDecidedAt, v.acceptanceNoticeDue,
                        v.acceptanceTimely, v.declineReason, v.declineChannel, v.declineArticle),
                v.handlingDue == null ? null : new Handling(v.handlingDue, v.extensionDays, v.opinionOutcome, v.opinionIssuedAt,
                        v.opinionTimely),
                new Matter(v.matterId, v.firstTime, v.repeatOf),
                v.nextLimitStep == null ? null : new Limit(v.nextLimitStep, v.nextLimitDue),
                v.agreementKind == null ? null : new Agreement(v.agreementKind, v.agreedOn),
                v.reviewRequestDue == null ? null : new Review(v.reviewRequestDue, v.reviewOrganCode, v.reviewOrganName,
                        v.reviewRequestedOn, v.reviewAnswerDue, v.reviewOutcome, v.reviewTimely),
                v.reReviewRequestDue == null ? null : new Review(v.reReviewRequestDue, v.reReviewOrganCode, v.reReviewOrganName,
                        v.reReviewRequestedOn, v.reReviewAnswerDue, v.reReviewOutcome, v.reReviewTimely),
                v.evaluationDue == null ? null : new Evaluation(v.evaluationDue, v.evaluationOpen, v.departmentSatisfaction,
                        v.unitSatisfaction),
                v.conclusionBasis == null ? null : new Conclusion(v.conclusionBasis, v.concludedAt));
    }

    /**
     * A petitioner as the caller may see them: in full, or masked; one who asked for confidentiality (Art 46) is masked
     * for everyone whose sight does not include their identity, registrars included: name, ID number, phone and address.
     */
    private static Petitioner shown(Petitioner p, boolean full, boolean confidentialIdentity) {
        boolean shown = full && (!p.isConfidentialityRequested() || confidentialIdentity);
        return new Petitioner(
                shown ? p.name() : PersonalDataMasking.name(p.name()),
                shown ? p.idNumber() : PersonalDataMasking.idNumber(p.idNumber()),
                shown ? p.phone() : PersonalDataMasking.phone(p.phone()),
                shown ? p.address() : PersonalDataMasking.address(p.address()),
                p.confidentialityRequested(),
                p.representative());
    }

    private static String regionOf(PetitionView v) {
        return v.registeringRegion12.endsWith("000000") ? v.registeringRegion12.substring(0, 6) : v.registeringRegion12;
    }
}
