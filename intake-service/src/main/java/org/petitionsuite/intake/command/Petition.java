package org.petitionsuite.intake.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.petitionsuite.limits.WorkingDayCalendar.dayOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.petitionsuite.contract.ConclusionBasis;
import org.petitionsuite.contract.DocumentType;
import org.petitionsuite.documents.WrittenDates;
import org.petitionsuite.contract.EvaluationTarget;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.contract.ReviewLevel;
import org.petitionsuite.contract.PetitionStatus;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.intake.api.AgreementRecorded;
import org.petitionsuite.intake.api.ClassificationNoted;
import org.petitionsuite.intake.api.Conclude;
import org.petitionsuite.intake.api.DocumentIssued;
import org.petitionsuite.intake.api.Evaluate;
import org.petitionsuite.intake.api.Evaluated;
import org.petitionsuite.intake.api.HearingRecorded;
import org.petitionsuite.intake.api.IssueReviewOpinion;
import org.petitionsuite.intake.api.CompletionReported;
import org.petitionsuite.intake.api.JoinMatter;
import org.petitionsuite.intake.api.SubmitCompletionReport;
import org.petitionsuite.intake.api.LapseLimits;
import org.petitionsuite.intake.api.MatterJoined;
import org.petitionsuite.intake.api.RejectRepeat;
import org.petitionsuite.intake.api.RepeatRejected;
import org.petitionsuite.intake.api.LimitLapsed;
import org.petitionsuite.intake.api.NotAcceptedAgain;
import org.petitionsuite.intake.api.PetitionConcluded;
import org.petitionsuite.intake.api.RecordAgreement;
import org.petitionsuite.intake.api.RecordHearing;
import org.petitionsuite.intake.api.ErasePersonalData;
import org.petitionsuite.intake.api.ErasePetitioner;
import org.petitionsuite.intake.api.HandOver;
import org.petitionsuite.intake.api.PersonalDataErased;
import org.petitionsuite.intake.api.PetitionerErased;
import org.petitionsuite.intake.api.RequestReview;
import org.petitionsuite.intake.domain.OwnProcedureLimits;
import org.petitionsuite.intake.privacy.DataKeys;
import org.petitionsuite.intake.api.ReviewOpinionIssued;
import org.petitionsuite.intake.api.ReviewRequested;
import org.petitionsuite.intake.api.DecideAcceptance;
import org.petitionsuite.intake.api.ExtendHandling;
import org.petitionsuite.intake.api.HandlingExtended;
import org.petitionsuite.intake.api.HandlingOpinionIssued;
import org.petitionsuite.intake.api.IssueHandlingOpinion;
import org.petitionsuite.intake.api.NoteClassification;
import org.petitionsuite.intake.api.NoteObjection;
import org.petitionsuite.intake.api.NoteRoute;
import org.petitionsuite.intake.api.ObjectionNoted;
import org.petitionsuite.intake.api.PetitionAccepted;
import org.petitionsuite.intake.api.PetitionDeclined;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.PetitionRegistered;
import org.petitionsuite.intake.api.RegisterPetition;
import org.petitionsuite.intake.api.RegistrationOutcome;
import org.petitionsuite.intake.api.RouteNoted;
import org.petitionsuite.kit.Violation;
import org.petitionsuite.kit.Violations;
import org.petitionsuite.kit.rest.TransitionRefused;
import org.petitionsuite.limits.DateRange;
import org.petitionsuite.limits.LimitProfile;
import org.petitionsuite.limits.LimitProfiles;
import org.petitionsuite.limits.Period;
import org.petitionsuite.limits.Step;
import org.petitionsuite.limits.WorkingDayCalendar;

/**
 * A petition item (信访件), from registration to conclusion: the statutory procedure of 条例 Art 22–36 as a state machine
 * over the national 15 statuses (petition-rules.md §2.4). Event-sourced: its state is the fold of its events. Every step
 * the law forbids is refused with {@link TransitionRefused} naming the rule; every document the petitioner is given is
 * issued as a {@link DocumentIssued} event right after the step that requires it.
 */
public class Petition {
    /** Routing's mode for 交办 (Art 22 ¶1(三)); anything else is 转送. */
    private static final String ROUTE_ASSIGN = "ASSIGN";
    private static final Set<PetitionStatus> HANDLING = EnumSet.of(PetitionStatus.ACCEPTED, PetitionStatus.OPINION_OVERDUE);
    private static final Set<PetitionStatus> REVIEWING = EnumSet.of(PetitionStatus.UNDER_REVIEW, PetitionStatus.REVIEW_OPINION_OVERDUE);
    private static final Set<PetitionStatus> RE_REVIEWING = EnumSet.of(PetitionStatus.UNDER_RE_REVIEW,
            PetitionStatus.RE_REVIEW_OPINION_OVERDUE);

    @AggregateIdentifier
    private String petitionId;
    private PetitionDetails details;
    private String matterId;
    private final Set<String> notedDecisions = new HashSet<>();
    private PetitionStatus status;
    private String receivingOrgan;
    /** When routing sent it to the receiving organ (its receipt, Art 23 ¶3), and the notice limit routing decided. */
    private Instant routedAt;
    private LocalDate routeNoticeDue;
    private boolean noticeByOwnRules;
    /** The organs the matter accuses (routing's decision, Art 30 ¶3): none of them reviews or re-reviews it. */
    private Set<String> accusedOrgans = Set.of();
    /** The organs one and two levels above the receiving organ (routing's directory, Art 35, 36); null: not said. */
    private List<String> reviewOrgans;
    private List<String> reReviewOrgans;
    private boolean personalDataErased;
    /** Positions of the petitioners whose own personal data was erased (PetitionerErased). */
    private final Set<Integer> erasedPetitioners = new HashSet<>();
    private String receivingOrganName;
    private PetitionKind kind;
    private LegalChannel legalChannel;
    private LocalDate acceptedOn;
    private LocalDate handlingDue;
    private int extensionDays;
    private boolean agreementReached;
    private LocalDate opinionServedOn;
    private LocalDate reviewRequestDue;
    private LocalDate evaluationDue;
    private boolean evaluationLapsed;
    private final EnumSet<EvaluationTarget> evaluated = EnumSet.noneOf(EvaluationTarget.class);
    private String reviewOrgan;
    private String reviewOrganName;
    private LocalDate reviewAnswerDue;
    private LocalDate reviewServedOn;
    private LocalDate reReviewRequestDue;
    private String reReviewOrganName;
    private LocalDate reReviewRequestedOn;
    private LocalDate reReviewAnswerDue;
    private final List<DateRange> reReviewHearings = new ArrayList<>();
    private final Map<DocumentType, Integer> documentsIssued = new EnumMap<>(DocumentType.class);
    private String reReviewOrgan;
    /** FORWARD (转送) or ASSIGN (交办, Art 22 ¶1(三)), as routing decided. */
    private String routeMode;
    /** The latest handling or review opinion, as the next review's opinion names it ("原处理意见"). */
    private String lastOpinion;
    /** The days an assignment (交办) gave to report the result (Art 22 ¶1(三)); null when none. */
    private Integer reportWithinDays;
    private boolean completionReported;
    /** Proposed repeats a clerk rejected (RepeatRejected). */
    private final Set<String> rejectedRepeats = new HashSet<>();

    protected Petition() {
        // for Axon
    }

    /**
     * Registers, or recognises a resubmission. CREATE_IF_MISSING lets the same command find the existing petition, so
     * a county system that retries gets the same id back; two racing first submissions collide on the event store's
     * unique (aggregate, sequence) key and the loser is retried into this branch. A repeat item whose matter's
     * re-review is concluded is registered (来件必登) and at once not accepted again (条例 Art 36 ¶3).
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RegistrationOutcome handle(RegisterPetition command, RegistrationPolicy policy, DocumentNumbers numbers) {
        List<Violation> violations = new ArrayList<>(RegistrationRules.check(command.details(), policy, command.registeredAt()));
        if (command.details() != null && command.details().repeatOf() != null && command.repeated() == null) {
            violations.add(new Violation("repeatOf", "names no petition in your region: give the id of the earlier petition on the same matter"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRegistrationException(violations);
        }
        PetitionDetails registration = command.details().withDefaults();
        if (petitionId != null) {
            if (!details.equals(registration)) {
                throw new ConflictingResubmissionException(petitionId);
            }
            return RegistrationOutcome.ALREADY_REGISTERED;
        }
        String matter = command.repeated() == null ? command.petitionId() : command.repeated().matterId();
        apply(new PetitionRegistered(command.petitionId(), registration, command.registeredAt(), command.registeredBy(), matter));
        if (RegistrationRules.representativesToChoose(registration, policy)) {
            issueAsDepartment(numbers, DocumentType.REPRESENTATIVES_NOTICE, command.registeredAt(), f -> f
                    .put("representatives", registration.representativeCount() == 0 ? null
                            : Long.toString(registration.representativeCount()))
                    .put("maxRepresentatives", policy.maxRepresentatives())
                    .put("numberOfPeople", registration.numberOfPeople()));
        }
        if (command.repeated() != null && command.repeated().reReviewedPetition() != null) {
            notAcceptedAgain(numbers, matter, command.repeated().reReviewedPetition(), command.registeredAt());
        }
        return RegistrationOutcome.REGISTERED;
    }

    /**
     * A clerk confirms a proposed repeat after registration (query/RepeatProposals): the petition joins the earlier
     * matter exactly as {@code repeatOf} at registration does, including Art 36 ¶3 when that matter's re-review is
     * concluded and acceptance is still open. A petition already in a matter of another item is not moved again, and
     * one that other items joined stays the head of its matter (both 409).
     */
    @CommandHandler
    public void handle(JoinMatter command, DocumentNumbers numbers) {
        if (command.repeated() == null) {
            new Violations().add("candidateId", "names no petition in your region: give the id of the earlier petition "
                    + "on the same matter").refuseIfAny(InvalidStepException::new);
            return;
        }
        String joined = command.repeated().matterId();
        if (joined.equals(matterId)) {
            return; // confirmed already: nothing changes
        }
        if (!matterId.equals(petitionId)) {
            throw new TransitionRefused("条例 Art 36", "the petition already belongs to the matter " + matterId);
        }
        if (command.repeatOf().equals(petitionId)) {
            throw new TransitionRefused("条例 Art 36", "a petition does not repeat itself");
        }
        apply(new MatterJoined(petitionId, details.placeOfMatter(), joined, command.repeatOf(), command.confirmedBy(), command.at()));
        if (command.repeated().reReviewedPetition() != null && status == PetitionStatus.AWAITING_ACCEPTANCE) {
            notAcceptedAgain(numbers, joined, command.repeated().reReviewedPetition(), command.at());
        }
    }

    /** 条例 Art 36 ¶3: the matter's re-review is concluded; the item is not accepted again and the petitioner is told. */
    private void notAcceptedAgain(DocumentNumbers numbers, String matter, String reReviewed, Instant at) {
        apply(new NotAcceptedAgain(petitionId, details.placeOfMatter(), matter, reReviewed, "条例 Art 36 ¶3", at));
        issueAsDepartment(numbers, DocumentType.NOT_ACCEPTED_AGAIN_NOTICE, at, f -> f.put("earlierPetition", reReviewed));
    }

    /**
     * 条例 Art 22 ¶1(三): a matter assigned (交办) to an organ comes back as its 办结报告 to the department that assigned
     * it, once the organ decided on it (accepted and handled, or declined); once, by that organ. Whether it came within
     * the days the assignment named is recorded.
     */
    @CommandHandler
    public void handle(SubmitCompletionReport command, DocumentNumbers numbers) {
        String rule = "条例 Art 22 ¶1(三)";
        if (!ROUTE_ASSIGN.equals(routeMode)) {
            throw new TransitionRefused(rule, "only a matter assigned (交办) is reported on with a 办结报告; this one was "
                    + (routeMode == null ? "not routed" : "forwarded (转送)"));
        }
        if (status == PetitionStatus.AWAITING_ACCEPTANCE) {
            throw new TransitionRefused(rule, "the organ has not decided on the matter yet; " + currentStatus());
        }
        if (completionReported) {
            throw new TransitionRefused(rule, "the 办结报告 was submitted already");
        }
        new Violations().requireText("summary", command.summary(), 20000,
                "is required: the result the organ reports (what it found and decided)").refuseIfAny(InvalidStepException::new);
        LocalDate due = reportWithinDays == null ? null : dayOf(routedAt).plusDays(reportWithinDays);
        apply(new CompletionReported(petitionId, details.placeOfMatter(), command.organCode(), due,
                due == null || !dayOf(command.at()).isAfter(due), command.submittedBy(), command.at()));
        issue(numbers, DocumentType.COMPLETION_REPORT, receivingOrgan, receivingOrganName, command.at(), f -> f
                .put("summary", command.summary())
                .put("status", status.nationalLabel())
                .put("reportWithinDays", reportWithinDays == null ? null : Integer.toString(reportWithinDays)));
    }

    /** A clerk rejects a proposed repeat; recorded once per candidate. */
    @CommandHandler
    public void handle(RejectRepeat command) {
        if (!rejectedRepeats.contains(command.candidateId())) {
            apply(new RepeatRejected(petitionId, command.candidateId(), command.rejectedBy(), command.at()));
        }
    }

    /** Redelivery of routing's event is normal: a decision already noted is not noted again. */
    @CommandHandler
    public void handle(NoteClassification command) {
        if (!notedDecisions.contains(command.decisionId())) {
            apply(new ClassificationNoted(petitionId, command.kind(), command.channel(), command.article(),
                    command.catalogVersion(), command.ruleId(), command.classifiedAt(), command.decisionId()));
        }
    }

    /**
     * Routing's route, noted once per decision. Once an organ decided on acceptance (Art 23 ¶3) the petition is not
     * re-seated with another organ: the accepting organ handles it (Art 34) and a refusing one ended it.
     */
    @CommandHandler
    public void handle(NoteRoute command, LimitProfiles limits, DocumentNumbers numbers) {
        if (status != PetitionStatus.AWAITING_ACCEPTANCE && receivingOrgan != null
                && !Objects.equals(receivingOrgan, command.organCode()) && !notedDecisions.contains(command.decisionId())) {
            throw new TransitionRefused("条例 Art 23 ¶3, Art 34", receivingOrgan + " decided on acceptance already ("
                    + currentStatus() + "); a route to " + command.organCode() + " is not applied");
        }
        if (!notedDecisions.contains(command.decisionId())) {
            String previousOrgan = receivingOrgan;
            apply(new RouteNoted(petitionId, command.organCode(), command.organName(), command.mode(),
                    command.reportWithinDays(), command.routedAt(), command.decisionId(),
                    command.accusedOrgans() == null ? List.of() : command.accusedOrgans(), command.noticeDue(),
                    command.flags() == null ? List.of() : command.flags(), command.reviewOrgans(), command.reReviewOrgans()));
            if (command.flagged(PetitionRoutedV1.ALREADY_ACCEPTED_BELOW)) {
                if (status == PetitionStatus.AWAITING_ACCEPTANCE) {
                    declineAsAcceptedBelow(command, profile(limits).label(), numbers);
                }
            } else if (!command.organCode().equals(details.registeringOrgan().code()) && !command.organCode().equals(previousOrgan)) {
                // A new seat only: the same organ's route noted again (a later decision) sends nothing anew.
                forwarded(command, profile(limits), numbers);
            }
        }
    }

    /**
     * 条例 Art 23 ¶3: the organ the matter was sent to objected in time (routing decided that, and routes again); its
     * 异议函 with the detailed reasons goes to the petition department that sent the matter. Once per objection.
     */
    @CommandHandler
    public void handle(NoteObjection command, DocumentNumbers numbers) {
        if (notedDecisions.contains(command.decisionId())) {
            return;
        }
        String organName = command.organCode().equals(receivingOrgan) ? receivingOrganName : command.organCode();
        apply(new ObjectionNoted(petitionId, details.placeOfMatter(), command.organCode(), organName, command.reasons(),
                command.receivedOn(), command.lastDay(), command.objectedAt(), command.decisionId()));
        issue(numbers, DocumentType.OBJECTION_LETTER, command.organCode(), organName, command.objectedAt(), f -> f
                .put("department", details.registeringOrgan().name())
                .put("objectionReceivedOn", command.receivedOn())
                .put("objectionLastDay", command.lastDay())
                .put("objectionReasons", command.reasons()));
    }

    /**
     * 条例 Art 22 ¶1, Art 23 ¶1: a matter sent to another organ goes with a 转送单 or 交办单 (an assignment names the
     * days within which the organ reports its result), and the petitioner is told where it went and when to expect
     * the acceptance decision (unless the organ notifies under its own rules, Art 23 ¶4).
     */
    private void forwarded(NoteRoute route, LimitProfile profile, DocumentNumbers numbers) {
        Period notice = profile.period(Step.ACCEPTANCE_NOTICE).orElseThrow();
        Period objection = profile.period(Step.OBJECTION).orElse(null);
        boolean ownRules = route.flagged(PetitionRoutedV1.NOTICE_BY_OWN_RULES);
        UnaryOperator<DocumentFacts> routeFacts = f -> f
                .put("routedOn", dayOf(route.routedAt()))
                .put("noticeDue", ownRules ? null : route.noticeDue())
                .put("noticePeriod", ownRules ? null : inWords(notice))
                .cite("noticeArticle", ownRules ? null : notice.article())
                .put("objectionPeriod", objection == null ? null : inWords(objection))
                .cite("objectionArticle", objection == null ? null : objection.article())
                .put("reportWithinDays", ROUTE_ASSIGN.equals(route.mode()) && route.reportWithinDays() != null
                        ? Integer.toString(route.reportWithinDays()) : null);
        issueAsDepartment(numbers, ROUTE_ASSIGN.equals(route.mode()) ? DocumentType.ASSIGNMENT_SLIP : DocumentType.FORWARDING_SLIP,
                route.routedAt(), routeFacts);
        issueAsDepartment(numbers, DocumentType.ROUTE_NOTICE, route.routedAt(), routeFacts);
    }

    /** 15日, 5个工作日: a period as a document states it. */
    private static String inWords(Period period) {
        return period.length() + (period.unit() == Period.Unit.WORKING_DAYS ? "个工作日" : "日");
    }

    /**
     * 条例 Art 19 ¶3: the same matter, accepted by an organ below and still within its period, raised at a higher level
     * is not accepted there (不予受理). The petition department that registered it records that, and its notice names
     * the organ handling the matter; no acceptance duty falls on anyone (routing sent the matter to that organ for its
     * file only, and supervision opens no clock for such a route).
     */
    private void declineAsAcceptedBelow(NoteRoute route, String profile, DocumentNumbers numbers) {
        String registering = details.registeringOrgan().code();
        String reason = "您反映的事项已由" + route.organName() + "受理，正在办理期限内；上级机关不予受理，请向该机关了解办理情况。";
        LocalDate on = dayOf(route.routedAt());
        LegalChannel channel = legalChannel == null ? LegalChannel.PETITION_PROCEDURE : legalChannel;
        apply(new PetitionDeclined(petitionId, details.placeOfMatter(), registering, reason, channel, "条例 Art 19 ¶3",
                on, true, profile, "routing (条例 Art 19 ¶3)", route.routedAt()));
        issueAsDepartment(numbers, DocumentType.NON_ACCEPTANCE_NOTICE, route.routedAt(), f -> f
                .put("reason", reason)
                .put("channel", channel.label())
                .cite("article", "条例 Art 19 ¶3"));
    }

    /**
     * 条例 Art 23: the organ the petition was forwarded or assigned to decides whether it accepts it, and tells the
     * petitioner within the notice limit of the place's profile. A late decision is still a decision; it is recorded
     * as not timely (Art 44(3)).
     */
    @CommandHandler
    public void handle(DecideAcceptance command, LimitProfiles limits, WorkingDayCalendar calendar, DocumentNumbers numbers) {
        if (status != PetitionStatus.AWAITING_ACCEPTANCE) {
            throw new TransitionRefused("条例 Art 23", "acceptance was decided already: " + currentStatus());
        }
        if (receivingOrgan == null) {
            throw new TransitionRefused("条例 Art 22 ¶1", "the petition has not been forwarded or assigned to an organ yet");
        }
        Violations violations = new Violations();
        if (!command.accept()) {
            violations.requireText("reason", command.reason(), "is required to decline: tell the petitioner why");
            if (command.legalChannel() == null) {
                violations.add("legalChannel", "is required to decline: the channel the petitioner should use instead");
            }
            violations.requireText("article", command.article(), "is required to decline: the rule the decision rests on");
        }
        violations.limitText("reason", command.reason(), 4000).refuseIfAny(InvalidStepException::new);
        LimitProfile profile = profile(limits);
        // Art 23 ¶3: the notice limit runs from the organ's receipt of the forwarded matter, and routing decided its
        // last day with the route; computed here only for routes noted before routing published it.
        // Art 23 ¶4: an organ that notifies under its own rules has no T4 to be late for (noticeDue null, timely).
        LocalDate noticeDue = noticeByOwnRules ? null : routeNoticeDue != null ? routeNoticeDue
                : profile.deadline(Step.ACCEPTANCE_NOTICE, dayOf(routedAt), calendar);
        boolean timely = noticeDue == null || !dayOf(command.decidedAt()).isAfter(noticeDue);
        if (command.accept()) {
            // 条例 Art 34: the handling limit counts from acceptance, on the petition track only (Art 31(六)).
            LocalDate due = handlingLimitApplies() ? profile.deadline(Step.HANDLING, dayOf(command.decidedAt()), calendar) : null;
            apply(new PetitionAccepted(petitionId, details.placeOfMatter(), command.organCode(), command.reason(),
                    profile.period(Step.ACCEPTANCE_NOTICE).orElseThrow().article(), noticeDue, timely, profile.label(),
                    command.decidedBy(), command.decidedAt(), due));
            // 诉访分离: a matter of another legal channel is told its channel and that channel's own limit, not
            // that a petition was accepted (a court does not "accept" a request to reopen a final judgment as a petition).
            boolean ownChannel = legalChannel != null && legalChannel != LegalChannel.PETITION_PROCEDURE;
            issue(numbers, DocumentType.ACCEPTANCE_NOTICE, receivingOrgan, receivingOrganName, command.decidedAt(), f -> f
                    .put("title", ownChannel ? "信访事项处理途径告知书" : null)
                    .put("acceptedOn", dayOf(command.decidedAt()))
                    .put("handlingDays", profile.period(Step.HANDLING).orElseThrow().length())
                    .cite("handlingArticle", profile.period(Step.HANDLING).orElseThrow().article())
                    .put("handlingDue", legalChannel == LegalChannel.PETITION_PROCEDURE ? due : null)
                    .put("ownChannel", ownChannel ? legalChannel.label() : null)
                    .cite("channelArticle", ownChannel ? legalChannel.article() : null)
                    .put("ownLimit", ownChannel ? OwnProcedureLimits.of(legalChannel).orElse(null) : null));
        } else {
            apply(new PetitionDeclined(petitionId, details.placeOfMatter(), command.organCode(), command.reason(), command.legalChannel(),
                    command.article(), noticeDue, timely, profile.label(), command.decidedBy(), command.decidedAt()));
            issue(numbers, DocumentType.NON_ACCEPTANCE_NOTICE, receivingOrgan, receivingOrganName, command.decidedAt(), f -> f
                    .put("reason", command.reason())
                    .put("channel", command.legalChannel().label())
                    .cite("article", command.article()));
        }
    }

    /**
     * 条例 Art 34: the handling limit may be extended once or more, by at most the profile's extension in total
     * (national: 30 days), with the approval of the organ's head and the reason told to the petitioner; only while the
     * limit runs.
     */
    @CommandHandler
    public void handle(ExtendHandling command, LimitProfiles limits, WorkingDayCalendar calendar, DocumentNumbers numbers) {
        requireStatus(PetitionStatus.ACCEPTED, "条例 Art 34", "only an accepted petition's handling limit can be extended");
        if (handlingDue == null) {
            throw new TransitionRefused("条例 Art 34, Art 31(六)", "the matter was accepted into " + legalChannel.label()
                    + ", which has its own procedure: there is no petition handling limit to extend");
        }
        Violations violations = new Violations();
        if (command.days() == null || command.days() < 1) {
            violations.add("days", "must be a whole number of days, at least 1");
        }
        violations.requireText("reason", command.reason(), "is required: the petitioner is told why (条例 Art 34)")
                .requireText("approvedBy", command.approvedBy(), "is required: the organ's head approves an extension (条例 Art 34)")
                .refuseIfAny(InvalidStepException::new);
        LimitProfile profile = profile(limits);
        Period maximum = profile.period(Step.HANDLING_EXTENSION).orElseThrow();
        if (extensionDays + command.days() > maximum.length()) {
            throw new TransitionRefused(maximum.article(), "extensions may add at most " + maximum.length()
                    + " days in all; " + extensionDays + " already granted");
        }
        if (dayOf(command.at()).isAfter(handlingDue)) {
            throw new TransitionRefused(maximum.article(), "the handling limit ended on " + handlingDue
                    + ": a limit that has run out cannot be extended");
        }
        int total = extensionDays + command.days();
        LocalDate due = profile.deadlineExtended(Step.HANDLING, total, acceptedOn, calendar);
        apply(new HandlingExtended(petitionId, details.placeOfMatter(), command.days(), total, due, command.reason(),
                command.approvedBy(), command.at()));
        issue(numbers, DocumentType.EXTENSION_NOTICE, receivingOrgan, receivingOrganName, command.at(), f -> f
                .put("days", command.days())
                .put("reason", command.reason())
                .put("due", due)
                .cite("article", maximum.article()));
    }

    /**
     * 条例 Art 31(六), Art 32: a matter on the petition track ends in a written handling opinion stating the facts, the
     * decision and its legal basis; {@code timely} records whether it came within the limit (按期办结, Art 45(1)). An
     * overdue opinion is still issued. The review window (Art 35) and the evaluation window count from service.
     */
    @CommandHandler
    public void handle(IssueHandlingOpinion command, LimitProfiles limits, WorkingDayCalendar calendar, DocumentNumbers numbers) {
        requireHandling("条例 Art 32", "a handling opinion follows acceptance");
        if (legalChannel != null && legalChannel != LegalChannel.PETITION_PROCEDURE) {
            throw new TransitionRefused("条例 Art 31(六)", "the matter goes down " + legalChannel + " ("
                    + legalChannel.label() + "), not the petition procedure: it ends in that procedure, not in a handling opinion");
        }
        Violations violations = new Violations();
        if (command.outcome() == null) {
            violations.add("outcome", "is required: SUPPORT (支持), EXPLAIN (解释说明) or NOT_SUPPORT (不予支持)");
        }
        String art32 = "is required: a handling opinion states facts, decision and legal basis (条例 Art 32)";
        violations.requireText("factsFound", command.factsFound(), 20000, art32)
                .requireText("decision", command.decision(), 20000, art32)
                .requireText("legalBasis", command.legalBasis(), 20000, art32);
        violations.refuseIfAny(InvalidStepException::new);
        LocalDate servedOn = servedOn(command.issuedAt());
        LimitProfile profile = profile(limits);
        LocalDate reviewDue = profile.deadline(Step.REVIEW_REQUEST, servedOn, calendar);
        LocalDate evaluateBy = profile.deadline(Step.EVALUATION, servedOn, calendar);
        boolean timely = !dayOf(command.issuedAt()).isAfter(handlingDue);
        apply(new HandlingOpinionIssued(petitionId, details.placeOfMatter(), command.organCode(), command.outcome(),
                command.factsFound(), command.decision(), command.legalBasis(), handlingDue, timely,
                profile.label(), command.issuedBy(), command.issuedAt(), servedOn, reviewDue, evaluateBy));
        Period review = profile.period(Step.REVIEW_REQUEST).orElseThrow();
        issue(numbers, DocumentType.HANDLING_OPINION, receivingOrgan, receivingOrganName, command.issuedAt(), f -> f
                .put("acceptedOn", acceptedOn)
                .put("outcome", command.outcome().label())
                .put("factsFound", command.factsFound())
                .put("decision", command.decision())
                .put("legalBasis", command.legalBasis())
                .put("reliefDays", review.length())
                .cite("reliefArticle", review.article())
                .put("reliefDue", reviewDue));
    }

    /**
     * 导入 (条例 Art 29–31(五), Art 23 ¶4; petition-rules.md §2.2–2.3): a matter accepted outside the petition procedure
     * ends on the petition side once the organ has told the petitioner its channel and that channel's own limit; it
     * carries no handling opinion, review or evaluation. Concluded at once (national 15), basis OWN_PROCEDURE.
     */
    @CommandHandler
    public void handle(HandOver command, DocumentNumbers numbers) {
        requireHandling("条例 Art 31", "a matter is handed to its own procedure after acceptance");
        if (handlingLimitApplies()) {
            throw new TransitionRefused("条例 Art 31(六), Art 32", "the matter is on the petition track"
                    + (legalChannel == null ? " (not classified)" : "") + ": it ends in a handling opinion, not a hand-over");
        }
        new Violations().requireText("guidance", command.guidance(), 20000,
                        "is required: what the petitioner is told to do, or what the organ did (条例 Art 29–31)")
                .refuseIfAny(InvalidStepException::new);
        issue(numbers, DocumentType.CHANNEL_NOTICE, receivingOrgan, receivingOrganName, command.at(), f -> f
                .put("acceptedOn", acceptedOn)
                .put("channel", legalChannel.label())
                .cite("article", legalChannel.article())
                .put("guidance", command.guidance())
                .put("ownLimit", OwnProcedureLimits.of(legalChannel).orElse(null)));
        apply(new PetitionConcluded(petitionId, details.placeOfMatter(), ConclusionBasis.OWN_PROCEDURE, matterId,
                matterId.equals(petitionId), null, command.handedOverBy(), command.at()));
    }

    /**
     * 条例 Art 33: an appeal-or-demand matter may be resolved by mediation or settlement with both parties' consent,
     * instead of a handling opinion; there is then nothing to review, and the evaluation window opens.
     */
    @CommandHandler
    public void handle(RecordAgreement command, LimitProfiles limits, WorkingDayCalendar calendar, DocumentNumbers numbers) {
        requireHandling("条例 Art 33", "an agreement resolves a matter being handled");
        if (kind != null && kind != PetitionKind.APPEAL_OR_DEMAND) {
            throw new TransitionRefused("条例 Art 33", "mediation and settlement resolve appeal-or-demand matters (申诉求决类); this is " + kind);
        }
        Violations violations = new Violations();
        if (command.kind() == null) {
            violations.add("kind", "is required: MEDIATION (调解) or SETTLEMENT (和解)");
        }
        violations.requireText("terms", command.terms(), 20000, "is required: what the parties agreed (条例 Art 33)");
        LocalDate agreedOn = command.agreedOn() == null ? dayOf(command.at()) : command.agreedOn();
        if (agreedOn.isAfter(dayOf(command.at()))) {
            violations.add("agreedOn", "must not be in the future");
        } else if (agreedOn.isBefore(acceptedOn)) {
            violations.add("agreedOn", "must not be before acceptance on " + acceptedOn);
        }
        violations.refuseIfAny(InvalidStepException::new);
        LimitProfile profile = profile(limits);
        LocalDate evaluateBy = profile.deadline(Step.EVALUATION, agreedOn, calendar);
        apply(new AgreementRecorded(petitionId, details.placeOfMatter(), command.organCode(), command.kind(), command.terms(),
                agreedOn, handlingDue, !agreedOn.isAfter(handlingDue), evaluateBy, command.recordedBy(), command.at()));
        issue(numbers, DocumentType.AGREEMENT, receivingOrgan, receivingOrganName, command.at(), f -> f
                .put("title", command.kind().documentTitle())
                .put("terms", command.terms())
                .put("agreedOn", agreedOn));
    }

    /**
     * A hearing (听证) during handling (条例 Art 31(六)) is recorded; during re-review its days are not counted (Art 36
     * ¶2), so the re-review's due date moves past them.
     */
    @CommandHandler
    public void handle(RecordHearing command, LimitProfiles limits, WorkingDayCalendar calendar, DocumentNumbers numbers) {
        boolean handling = beingHandled();
        if (!handling && !RE_REVIEWING.contains(status)) {
            throw new TransitionRefused("条例 Art 31(六), Art 36 ¶2", "hearings are held while a matter is handled or re-reviewed; " + currentStatus());
        }
        LocalDate stageStart = handling ? acceptedOn : reReviewRequestedOn;
        Violations violations = new Violations();
        if (command.from() == null || command.to() == null) {
            violations.add(command.from() == null ? "from" : "to", "is required: the hearing's first and last day");
        } else if (command.to().isBefore(command.from())) {
            violations.add("to", "must not be before from");
        } else if (command.from().isBefore(stageStart)) {
            violations.add("from", "must not be before the stage began on " + stageStart);
        } else if (command.to().isAfter(dayOf(command.at()))) {
            violations.add("to", "must not be in the future: record a hearing once held");
        }
        violations.limitText("summary", command.summary(), 20000).refuseIfAny(InvalidStepException::new);
        if (handling) {
            apply(new HearingRecorded(petitionId, details.placeOfMatter(), "HANDLING", command.from(), command.to(),
                    command.summary(), handlingDue, status, command.recordedBy(), command.at()));
            hearingRecord(numbers, command, receivingOrgan, receivingOrganName, "办理", null);
            return;
        }
        List<DateRange> paused = new ArrayList<>(reReviewHearings);
        paused.add(new DateRange(command.from(), command.to()));
        LocalDate due = profile(limits).deadline(Step.RE_REVIEW_ANSWER, reReviewRequestedOn, calendar, paused);
        PetitionStatus after = dayOf(command.at()).isAfter(due) ? PetitionStatus.RE_REVIEW_OPINION_OVERDUE : PetitionStatus.UNDER_RE_REVIEW;
        apply(new HearingRecorded(petitionId, details.placeOfMatter(), "RE_REVIEW", command.from(), command.to(),
                command.summary(), due, after, command.recordedBy(), command.at()));
        hearingRecord(numbers, command, reReviewOrgan, reReviewOrganName, "复核", due);
    }

    /** 听证记录, issued by the organ that held the hearing: the handling organ, or the re-review organ (Art 36 ¶2). */
    private void hearingRecord(DocumentNumbers numbers, RecordHearing command, String organCode, String organName,
                               String stage, LocalDate reReviewDue) {
        issue(numbers, DocumentType.HEARING_RECORD, organCode, organName, command.at(), f -> f
                .put("hearingStage", stage)
                .put("hearingDays", command.from().equals(command.to()) ? WrittenDates.of(command.from())
                        : WrittenDates.of(command.from()) + "至" + WrittenDates.of(command.to()))
                .put("hearingSummary", command.summary() == null || command.summary().isBlank() ? "（未记载）" : command.summary())
                .put("answerDue", reReviewDue));
    }

    /**
     * 条例 Art 35–36 ¶1: the petitioner asks the level above for review within the window from service of the handling
     * opinion, and for re-review within the window from service of the review opinion. What counts is the day the
     * request was received, so a request received in time but recorded after the window was marked lapsed is taken.
     */
    @CommandHandler
    public void handle(RequestReview command, LimitProfiles limits, WorkingDayCalendar calendar) {
        Violations violations = new Violations();
        if (command.level() == null) {
            violations.add("level", "is required: REVIEW (复查) or RE_REVIEW (复核)");
        }
        violations.requireText("organCode", command.organCode(), "is required: the organ one level above that received the request")
                .requireText("organName", command.organName(), "is required: the name of that organ")
                .limitText("request", command.request(), 20000);
        LocalDate requestedOn = command.requestedOn() == null ? dayOf(command.at()) : command.requestedOn();
        if (requestedOn.isAfter(dayOf(command.at()))) {
            violations.add("requestedOn", "must not be in the future");
        }
        violations.refuseIfAny(InvalidStepException::new);
        boolean review = command.level() == ReviewLevel.REVIEW;
        String rule = command.level().article();
        PetitionStatus waiting = review ? PetitionStatus.OPINION_ISSUED : PetitionStatus.REVIEW_OPINION_ISSUED;
        PetitionStatus lapsed = review ? PetitionStatus.REVIEW_NOT_REQUESTED_IN_TIME : PetitionStatus.RE_REVIEW_NOT_REQUESTED_IN_TIME;
        if (status != waiting && status != lapsed) {
            throw new TransitionRefused(rule, (review ? "review follows a served handling opinion"
                    : "re-review follows a served review opinion") + "; " + currentStatus());
        }
        LocalDate windowEnd = review ? reviewRequestDue : reReviewRequestDue;
        LocalDate served = review ? opinionServedOn : reviewServedOn;
        if (requestedOn.isAfter(windowEnd)) {
            throw new TransitionRefused(rule, command.level().label() + " was asked on " + requestedOn
                    + ", after the window ended on " + windowEnd);
        }
        if (requestedOn.isBefore(served)) {
            throw new TransitionRefused(rule, "asked on " + requestedOn + ", before the opinion was served on " + served);
        }
        if (accusedOrgans.contains(command.organCode())) {
            throw new TransitionRefused("条例 Art 30 ¶3", "the matter accuses " + command.organCode()
                    + ": it may not review or re-review it");
        }
        String below = review ? receivingOrgan : reviewOrgan;
        if (command.organCode().equals(below) || command.organCode().equals(receivingOrgan)) {
            throw new TransitionRefused(rule, command.level().label() + " is asked of the level above " + below
                    + ", not of the organ whose opinion is challenged");
        }
        // 上一级: the hierarchy is routing's directory, published with the route; routes from before it say nothing.
        List<String> above = review ? reviewOrgans : reReviewOrgans;
        if (above != null && !above.contains(command.organCode())) {
            throw new TransitionRefused(rule, command.level().label() + " is asked of the level above " + below
                    + (above.isEmpty() ? ", and the authority directory lists no organ there: add it to the directory"
                    : ": one of " + String.join(", ", above) + " (authority directory)") + ", not of " + command.organCode());
        }
        LimitProfile profile = profile(limits);
        LocalDate answerDue = profile.deadline(review ? Step.REVIEW_ANSWER : Step.RE_REVIEW_ANSWER, requestedOn, calendar);
        apply(new ReviewRequested(petitionId, details.placeOfMatter(), command.level(), command.organCode(), command.organName(),
                requestedOn, command.request(), answerDue, profile.label(), command.recordedBy(), command.at()));
    }

    /**
     * 条例 Art 35: the review organ answers in writing within the limit from receipt of the request; Art 36: so does the
     * re-review organ, hearing days not counted. After a review the re-review window opens; after a re-review the
     * matter is closed to the same facts and reasons (Art 36 ¶3).
     */
    @CommandHandler
    public void handle(IssueReviewOpinion command, LimitProfiles limits, WorkingDayCalendar calendar, DocumentNumbers numbers) {
        if (command.level() == null) {
            throw new InvalidStepException(List.of(new Violation("level", "is required: REVIEW (复查) or RE_REVIEW (复核)")));
        }
        boolean review = command.level() == ReviewLevel.REVIEW;
        if (!(review ? REVIEWING : RE_REVIEWING).contains(status)) {
            throw new TransitionRefused(command.level().article(), "no " + command.level().label() + " is under way; " + currentStatus());
        }
        Violations violations = new Violations();
        if (command.outcome() == null) {
            violations.add("outcome", "is required: UPHOLD (维持), CHANGE (变更) or REVOKE (撤销)");
        }
        String written = "is required: the opinion is given in writing with its facts, decision and basis (" + command.level().article() + ")";
        violations.requireText("factsFound", command.factsFound(), 20000, written)
                .requireText("decision", command.decision(), 20000, written)
                .requireText("legalBasis", command.legalBasis(), 20000, written);
        violations.refuseIfAny(InvalidStepException::new);
        LocalDate servedOn = servedOn(command.issuedAt());
        LimitProfile profile = profile(limits);
        LocalDate due = review ? reviewAnswerDue : reReviewAnswerDue;
        LocalDate nextDue = review ? profile.deadline(Step.RE_REVIEW_REQUEST, servedOn, calendar) : null;
        apply(new ReviewOpinionIssued(petitionId, details.placeOfMatter(), command.level(), command.organCode(), command.outcome(),
                command.factsFound(), command.decision(), command.legalBasis(), due, !dayOf(command.issuedAt()).isAfter(due),
                servedOn, nextDue, matterId, profile.label(), command.issuedBy(), command.issuedAt()));
        issue(numbers, review ? DocumentType.REVIEW_OPINION : DocumentType.RE_REVIEW_OPINION,
                review ? reviewOrgan : reReviewOrgan, review ? reviewOrganName : reReviewOrganName, command.issuedAt(), f -> f
                        .put("originalOpinion", lastOpinion)
                        .put("outcome", command.outcome().label())
                        .put("factsFound", command.factsFound())
                        .put("decision", command.decision())
                        .put("legalBasis", command.legalBasis())
                        .put("reliefDays", review ? String.valueOf(profile.period(Step.RE_REVIEW_REQUEST).orElseThrow().length()) : null)
                        .put("reliefDue", nextDue));
    }

    /**
     * The clock: each limit that ended before {@code today} with its step not taken moves the petition to the national
     * overdue status (超期未作出处理意见 Art 34, 超期未申请复查 / 超期未作出复查意见 Art 35, 超期未申请复核 / 超期未作出复核意见
     * Art 36); an evaluation window that ended leaves the unevaluated targets 超期未评价. Idempotent: what lapsed once
     * is not noted again.
     */
    @CommandHandler
    public void handle(LapseLimits command) {
        LocalDate today = command.today();
        switch (status) {
            case ACCEPTED -> {
                if (!agreementReached) {
                    lapse(Step.HANDLING, handlingDue, PetitionStatus.OPINION_OVERDUE, today);
                }
            }
            case OPINION_ISSUED -> lapse(Step.REVIEW_REQUEST, reviewRequestDue, PetitionStatus.REVIEW_NOT_REQUESTED_IN_TIME, today);
            case UNDER_REVIEW -> lapse(Step.REVIEW_ANSWER, reviewAnswerDue, PetitionStatus.REVIEW_OPINION_OVERDUE, today);
            case REVIEW_OPINION_ISSUED ->
                    lapse(Step.RE_REVIEW_REQUEST, reReviewRequestDue, PetitionStatus.RE_REVIEW_NOT_REQUESTED_IN_TIME, today);
            case UNDER_RE_REVIEW -> lapse(Step.RE_REVIEW_ANSWER, reReviewAnswerDue, PetitionStatus.RE_REVIEW_OPINION_OVERDUE, today);
            default -> {
                // no limit runs in the other statuses
            }
        }
        List<EvaluationTarget> unevaluated = List.copyOf(EnumSet.complementOf(evaluated));
        if (evaluationDue != null && !evaluationLapsed && today.isAfter(evaluationDue) && !unevaluated.isEmpty()) {
            apply(new LimitLapsed(petitionId, details.placeOfMatter(), Step.EVALUATION, evaluationDue, null, unevaluated, today));
        }
    }

    private void lapse(Step step, LocalDate due, PetitionStatus overdue, LocalDate today) {
        if (due != null && today.isAfter(due)) {
            apply(new LimitLapsed(petitionId, details.placeOfMatter(), step, due, overdue, null, today));
        }
    }

    /**
     * The petitioner evaluates the petition department and the responsible unit separately, once each, within the
     * window that opens when the handling result is served (国信发〔2022〕11号; the window's length is [U], per profile).
     */
    @CommandHandler
    public void handle(Evaluate command, LimitProfiles limits) {
        Violations violations = new Violations();
        if (command.target() == null) {
            violations.add("target", "is required: PETITION_DEPARTMENT (信访部门) or RESPONSIBLE_UNIT (责任单位)");
        }
        if (command.satisfaction() == null) {
            violations.add("satisfaction", "is required: SATISFIED (满意), BASICALLY_SATISFIED (基本满意) or DISSATISFIED (不满意)");
        }
        violations.limitText("comment", command.comment(), 4000).refuseIfAny(InvalidStepException::new);
        String rule = profile(limits).period(Step.EVALUATION).orElseThrow().article();
        if (evaluationDue == null) {
            throw new TransitionRefused(rule, "the evaluation follows the handling opinion or an agreement; " + currentStatus());
        }
        if (evaluated.contains(command.target())) {
            throw new TransitionRefused(rule, "the " + command.target() + " was evaluated already");
        }
        if (dayOf(command.at()).isAfter(evaluationDue)) {
            throw new TransitionRefused(rule, "the evaluation window ended on " + evaluationDue);
        }
        String organ = command.target() == EvaluationTarget.RESPONSIBLE_UNIT ? receivingOrgan : details.registeringOrgan().code();
        apply(new Evaluated(petitionId, details.placeOfMatter(), command.target(), command.satisfaction(), command.comment(),
                organ, evaluationDue, command.evaluatedBy(), command.at()));
    }

    /**
     * 个人信息保护法 Art 47: the petition's personal data is erased by destroying its data key, in the same transaction as
     * the event that records it; once only.
     */
    @CommandHandler
    public void handle(ErasePersonalData command, DataKeys keys) {
        new Violations().requireText("reason", command.reason(), 2000,
                        "is required: the ground for erasure (个人信息保护法 Art 47), e.g. the retention period ended")
                .refuseIfAny(InvalidStepException::new);
        if (personalDataErased) {
            throw new TransitionRefused("个人信息保护法 Art 47", "the personal data of this petition was erased already");
        }
        apply(new PersonalDataErased(petitionId, command.reason(), command.erasedBy(), command.at()));
        keys.erase(petitionId, command.erasedBy(), command.reason(), command.at());
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        personalDataErased = true;
    }

    /**
     * 个人信息保护法 Art 47, a person's own erasure: their person key is destroyed with the event that records it, once
     * per petition. When no petitioner is left, the petition's file (its texts and documents) goes too: nobody is
     * left whose matter it is. After the petition's own erasure only the key is marked: nothing readable is left.
     */
    @CommandHandler
    public void handle(ErasePetitioner command, DataKeys keys) {
        new Violations().requireText("reason", command.reason(), 2000,
                        "is required: the ground for erasure (个人信息保护法 Art 47), e.g. the person's request and its reference")
                .refuseIfAny(InvalidStepException::new);
        List<Integer> indexes = keys.petitionerIndexes(petitionId, command.keyId());
        if (indexes.isEmpty() || erasedPetitioners.containsAll(indexes)) {
            throw new TransitionRefused("个人信息保护法 Art 47", "this person's personal data in this petition was erased already");
        }
        if (!personalDataErased) {
            apply(new PetitionerErased(petitionId, indexes, command.pseudonym(), command.reason(), command.erasedBy(), command.at()));
        }
        keys.erasePerson(command.keyId(), petitionId, command.erasedBy(), command.reason(), command.at());
        if (!personalDataErased && erasedPetitioners.size() >= details.petitioners().size()) {
            String reason = "每位信访人的个人信息均已删除 (every petitioner erased): " + command.reason();
            apply(new PersonalDataErased(petitionId, reason, command.erasedBy(), command.at()));
            keys.erase(petitionId, command.erasedBy(), reason, command.at());
        }
    }

    @EventSourcingHandler
    void on(PetitionerErased event) {
        erasedPetitioners.addAll(event.petitionerIndexes());
    }

    /**
     * 审核认定办结 (national status 15): the petition department confirms the conclusion once no statutory step is
     * left to the petitioner: an agreement (Art 33), a review or re-review window that ended unused (Art 35, Art 36
     * ¶1), or a re-review opinion (Art 36 ¶3).
     */
    @CommandHandler
    public void handle(Conclude command) {
        new Violations().limitText("note", command.note(), 4000).refuseIfAny(InvalidStepException::new);
        ConclusionBasis basis = switch (status) {
            case ACCEPTED, OPINION_OVERDUE -> agreementReached ? ConclusionBasis.AGREEMENT : null;
            case REVIEW_NOT_REQUESTED_IN_TIME -> ConclusionBasis.NO_REVIEW_REQUESTED;
            case RE_REVIEW_NOT_REQUESTED_IN_TIME -> ConclusionBasis.NO_RE_REVIEW_REQUESTED;
            case RE_REVIEW_OPINION_ISSUED -> ConclusionBasis.RE_REVIEW_OPINION;
            default -> null;
        };
        if (basis == null) {
            throw new TransitionRefused(whyNotConcluded(), currentStatus() + ": a statutory step is still open" + openWindow());
        }
        apply(new PetitionConcluded(petitionId, details.placeOfMatter(), basis, matterId, matterId.equals(petitionId),
                command.note(), command.concludedBy(), command.at()));
    }

    private String openWindow() {
        return switch (status) {
            case OPINION_ISSUED -> "; the petitioner may ask for review until " + reviewRequestDue;
            case REVIEW_OPINION_ISSUED -> "; the petitioner may ask for re-review until " + reReviewRequestDue;
            default -> "";
        };
    }

    private String currentStatus() {
        return "the petition is " + status + " (" + status.nationalLabel() + ")";
    }

    private String whyNotConcluded() {
        return switch (status) {
            case OPINION_ISSUED, UNDER_REVIEW, REVIEW_OPINION_OVERDUE -> "条例 Art 35";
            case REVIEW_OPINION_ISSUED, UNDER_RE_REVIEW, RE_REVIEW_OPINION_OVERDUE -> "条例 Art 36";
            case ACCEPTED, OPINION_OVERDUE -> "条例 Art 32–34";
            default -> "条例 Art 22–36";
        };
    }

    /**
     * The day the petitioner received an opinion (送达), from which the next window counts (Art 35, Art 36 ¶1). Taken
     * as the issue day: opinions are served on issue (in person or online). A later postal service date cannot be
     * recorded yet.
     */
    private static LocalDate servedOn(Instant issuedAt) {
        return dayOf(issuedAt);
    }

    /** Whether the Art 34 limit governs this matter: on the petition track, or not yet classified (as before). */
    private boolean handlingLimitApplies() {
        return legalChannel == null || legalChannel.handlingLimitOfArticle34();
    }

    private LimitProfile profile(LimitProfiles limits) {
        return limits.forPlace(details.placeOfMatter());
    }

    private void requireStatus(PetitionStatus required, String rule, String message) {
        if (status != required) {
            throw new TransitionRefused(rule, message + "; " + currentStatus());
        }
    }

    /** Accepted, its handling limit running or run out, and not resolved by agreement. */
    private boolean beingHandled() {
        return HANDLING.contains(status) && !agreementReached;
    }

    private void requireHandling(String rule, String message) {
        if (!beingHandled()) {
            throw new TransitionRefused(rule, message + "; " + currentStatus()
                    + (agreementReached ? " and resolved by agreement" : ""));
        }
    }

    /** Issued by the petition department that registered the petition (登记、转送、交办, 条例 Art 22). */
    private void issueAsDepartment(DocumentNumbers numbers, DocumentType type, Instant at, UnaryOperator<DocumentFacts> specific) {
        issue(numbers, type, details.registeringOrgan().code(), details.registeringOrgan().name(), at, specific);
    }

    /**
     * Issues the next document of {@code type} from {@code organCode}: its 文号 from the organ's sequence, its facts
     * stored with it. Every document names the organs the matter passed through: the petition department that
     * forwarded or assigned it, and the organ handling it.
     */
    private void issue(DocumentNumbers numbers, DocumentType type, String organCode, String organName, Instant at,
                       UnaryOperator<DocumentFacts> specific) {
        int sequence = documentsIssued.getOrDefault(type, 0) + 1;
        String number = numbers.next(organCode, organName, type, dayOf(at).getYear());
        DocumentFacts common = DocumentFacts.of(type, number, details, organName, dayOf(at))
                .put("petitionId", petitionId)
                .put("handlingOrgan", receivingOrganName);
        if (receivingOrgan != null && !receivingOrgan.equals(details.registeringOrgan().code())) {
            common.put("forwardingOrgan", details.registeringOrgan().name())
                    .put("routeMode", ROUTE_ASSIGN.equals(routeMode) ? "交办" : "转送")
                    .put("routedOn", dayOf(routedAt));
        }
        DocumentFacts facts = specific.apply(common);
        apply(new DocumentIssued(petitionId, details.placeOfMatter(), type.slug() + "-" + sequence, type, number,
                facts.fields(), at));
    }

    @EventSourcingHandler
    void on(PetitionRegistered event) {
        this.petitionId = event.petitionId();
        // Defaults again: a registration stored before complainedOrgans existed holds null there, not an empty list.
        this.details = event.details().withDefaults();
        this.matterId = event.matter();
        this.status = PetitionStatus.AWAITING_ACCEPTANCE;
    }

    @EventSourcingHandler
    void on(CompletionReported event) {
        completionReported = true;
    }

    @EventSourcingHandler
    void on(MatterJoined event) {
        matterId = event.matterId();
    }

    @EventSourcingHandler
    void on(RepeatRejected event) {
        rejectedRepeats.add(event.candidateId());
    }

    @EventSourcingHandler
    void on(NotAcceptedAgain event) {
        status = PetitionStatus.NOT_ACCEPTED_AGAIN;
    }

    @EventSourcingHandler
    void on(ClassificationNoted event) {
        notedDecisions.add(event.decisionId());
        kind = event.kind();
        legalChannel = event.channel();
    }

    @EventSourcingHandler
    void on(ObjectionNoted event) {
        notedDecisions.add(event.decisionId());
    }

    @EventSourcingHandler
    void on(RouteNoted event) {
        notedDecisions.add(event.decisionId());
        receivingOrgan = event.organCode();
        receivingOrganName = event.organName();
        routeMode = event.mode();
        reportWithinDays = event.reportWithinDays();
        routedAt = event.routedAt();
        routeNoticeDue = event.noticeDue();
        noticeByOwnRules = event.noticeByOwnRules();
        accusedOrgans = event.accusedOrgans() == null ? Set.of() : Set.copyOf(event.accusedOrgans());
        reviewOrgans = event.reviewOrgans();
        reReviewOrgans = event.reReviewOrgans();
    }

    @EventSourcingHandler
    void on(PetitionAccepted event) {
        status = PetitionStatus.ACCEPTED;
        acceptedOn = dayOf(event.decidedAt());
        handlingDue = event.handlingDue();
    }

    @EventSourcingHandler
    void on(PetitionDeclined event) {
        status = PetitionStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(HandlingExtended event) {
        extensionDays = event.totalExtensionDays();
        handlingDue = event.due();
    }

    @EventSourcingHandler
    void on(HandlingOpinionIssued event) {
        status = PetitionStatus.OPINION_ISSUED;
        opinionServedOn = event.servedOn() == null ? dayOf(event.issuedAt()) : event.servedOn();
        reviewRequestDue = event.reviewRequestDue();
        evaluationDue = event.evaluationDue();
    }

    @EventSourcingHandler
    void on(AgreementRecorded event) {
        status = PetitionStatus.ACCEPTED;
        agreementReached = true;
        evaluationDue = event.evaluationDue();
    }

    @EventSourcingHandler
    void on(HearingRecorded event) {
        if ("RE_REVIEW".equals(event.stage())) {
            reReviewHearings.add(new DateRange(event.from(), event.to()));
            reReviewAnswerDue = event.answerDue();
            status = event.status();
        }
    }

    @EventSourcingHandler
    void on(ReviewRequested event) {
        if (event.level() == ReviewLevel.REVIEW) {
            status = PetitionStatus.UNDER_REVIEW;
            reviewOrgan = event.organCode();
            reviewOrganName = event.organName();
            reviewAnswerDue = event.answerDue();
        } else {
            status = PetitionStatus.UNDER_RE_REVIEW;
            reReviewOrgan = event.organCode();
            reReviewOrganName = event.organName();
            reReviewRequestedOn = event.requestedOn();
            reReviewAnswerDue = event.answerDue();
        }
    }

    @EventSourcingHandler
    void on(ReviewOpinionIssued event) {
        if (event.level() == ReviewLevel.REVIEW) {
            status = PetitionStatus.REVIEW_OPINION_ISSUED;
            reviewServedOn = event.servedOn();
            reReviewRequestDue = event.nextRequestDue();
        } else {
            status = PetitionStatus.RE_REVIEW_OPINION_ISSUED;
        }
    }

    @EventSourcingHandler
    void on(LimitLapsed event) {
        if (event.status() != null) {
            status = event.status();
        } else {
            evaluationLapsed = true;
        }
    }

    @EventSourcingHandler
    void on(Evaluated event) {
        evaluated.add(event.target());
    }

    @EventSourcingHandler
    void on(PetitionConcluded event) {
        status = PetitionStatus.CONCLUDED;
    }

    @EventSourcingHandler
    void on(DocumentIssued event) {
        documentsIssued.merge(event.type(), 1, Integer::sum);
        if (event.type() == DocumentType.HANDLING_OPINION || event.type() == DocumentType.REVIEW_OPINION) {
            Map<String, String> f = event.fields() == null ? Map.of() : event.fields();
            // Fields erased with the personal data leave the organ and date; the number is always kept.
            lastOpinion = f.getOrDefault("organName", "") + (f.get("issuedOn") == null ? "" : "于" + f.get("issuedOn"))
                    + "作出的" + event.type().title() + "（" + event.number() + "）";
        }
    }
}
