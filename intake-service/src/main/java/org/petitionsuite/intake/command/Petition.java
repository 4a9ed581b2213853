package org.petitionsuite.intake.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.petitionsuite.limits.WorkingDayCalendar.dayOf;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionStatus;
import org.petitionsuite.intake.api.ClassificationNoted;
import org.petitionsuite.intake.api.DecideAcceptance;
import org.petitionsuite.intake.api.ExtendHandling;
import org.petitionsuite.intake.api.HandlingExtended;
import org.petitionsuite.intake.api.HandlingOpinionIssued;
import org.petitionsuite.intake.api.IssueHandlingOpinion;
import org.petitionsuite.intake.api.NoteClassification;
import org.petitionsuite.intake.api.NoteRoute;
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
import org.petitionsuite.limits.LimitProfile;
import org.petitionsuite.limits.LimitProfiles;
import org.petitionsuite.limits.Period;
import org.petitionsuite.limits.Step;
import org.petitionsuite.limits.WorkingDayCalendar;

/** A petition item (信访件), from registration on. Event-sourced: its state is the fold of its events. */
public class Petition {
    @AggregateIdentifier
    private String petitionId;
    private PetitionDetails details;
    private final Set<String> notedDecisions = new HashSet<>();
    private PetitionStatus status;
    private String receivingOrgan;
    private LegalChannel legalChannel;
    private LocalDate acceptedOn;
    private LocalDate handlingDue;
    private int extensionDays;

    protected Petition() {
        // for Axon
    }

    /**
     * Registers, or recognises a resubmission. CREATE_IF_MISSING lets the same command find the existing petition, so
     * a county system that retries gets the same id back; two racing first submissions collide on the event store's
     * unique (aggregate, sequence) key and the loser is retried into this branch.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RegistrationOutcome handle(RegisterPetition command, RegistrationPolicy policy) {
        List<Violation> violations = RegistrationRules.check(command.details(), policy, command.registeredAt());
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
        apply(new PetitionRegistered(command.petitionId(), registration, command.registeredAt(), command.registeredBy()));
        return RegistrationOutcome.REGISTERED;
    }

    /** Redelivery of routing's event is normal: a decision already noted is not noted again. */
    @CommandHandler
    public void handle(NoteClassification command) {
        if (!notedDecisions.contains(command.decisionId())) {
            apply(new ClassificationNoted(petitionId, command.kind(), command.channel(), command.article(),
                    command.catalogVersion(), command.ruleId(), command.classifiedAt(), command.decisionId()));
        }
    }

    @CommandHandler
    public void handle(NoteRoute command) {
        if (!notedDecisions.contains(command.decisionId())) {
            apply(new RouteNoted(petitionId, command.organCode(), command.organName(), command.mode(),
                    command.reportWithinDays(), command.routedAt(), command.decisionId()));
        }
    }

    /**
     * 条例 Art 23: the organ the petition was forwarded or assigned to decides whether it accepts it, and tells the
     * petitioner within the notice limit of the place's profile. A late decision is still a decision; it is recorded
     * as not timely (Art 44(3)).
     */
    @CommandHandler
    public void handle(DecideAcceptance command, LimitProfiles limits, WorkingDayCalendar calendar) {
        if (status != PetitionStatus.AWAITING_ACCEPTANCE) {
            throw new TransitionRefused("条例 Art 23", "acceptance was decided already: the petition is " + status
                    + " (" + status.nationalLabel() + ")");
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
        LimitProfile profile = limits.forPlace(details.placeOfMatter());
        LocalDate noticeDue = profile.deadline(Step.ACCEPTANCE_NOTICE, dayOf(details.receivedAt()), calendar);
        boolean timely = !dayOf(command.decidedAt()).isAfter(noticeDue);
        if (command.accept()) {
            // 条例 Art 34: the handling limit counts from acceptance.
            LocalDate handlingDue = profile.deadline(Step.HANDLING, dayOf(command.decidedAt()), calendar);
            apply(new PetitionAccepted(petitionId, details.placeOfMatter(), command.organCode(), command.reason(),
                    profile.period(Step.ACCEPTANCE_NOTICE).orElseThrow().article(), noticeDue, timely, profile.label(),
                    command.decidedBy(), command.decidedAt(), handlingDue));
        } else {
            apply(new PetitionDeclined(petitionId, details.placeOfMatter(), command.organCode(), command.reason(), command.legalChannel(),
                    command.article(), noticeDue, timely, profile.label(), command.decidedBy(), command.decidedAt()));
        }
    }

    /**
     * 条例 Art 34: the handling limit may be extended once or more, by at most the profile's extension in total
     * (national: 30 days), with the approval of the organ's head and the reason told to the petitioner; only while the
     * limit runs.
     */
    @CommandHandler
    public void handle(ExtendHandling command, LimitProfiles limits, WorkingDayCalendar calendar) {
        requireStatus(PetitionStatus.ACCEPTED, "条例 Art 34", "only an accepted petition's handling limit can be extended");
        Violations violations = new Violations();
        if (command.days() == null || command.days() < 1) {
            violations.add("days", "must be a whole number of days, at least 1");
        }
        violations.requireText("reason", command.reason(), "is required: the petitioner is told why (条例 Art 34)")
                .requireText("approvedBy", command.approvedBy(), "is required: the organ's head approves an extension (条例 Art 34)")
                .refuseIfAny(InvalidStepException::new);
        LimitProfile profile = limits.forPlace(details.placeOfMatter());
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
    }

    /**
     * 条例 Art 31(六), Art 32: a matter on the petition track ends in a written handling opinion stating the facts, the
     * decision and its legal basis; {@code timely} records whether it came within the limit (按期办结, Art 45(1)).
     */
    @CommandHandler
    public void handle(IssueHandlingOpinion command, LimitProfiles limits) {
        requireStatus(PetitionStatus.ACCEPTED, "条例 Art 32", "a handling opinion follows acceptance");
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
                .requireText("legalBasis", command.legalBasis(), 20000, art32)
                .refuseIfAny(InvalidStepException::new);
        boolean timely = !dayOf(command.issuedAt()).isAfter(handlingDue);
        apply(new HandlingOpinionIssued(petitionId, details.placeOfMatter(), command.organCode(), command.outcome(),
                command.factsFound(), command.decision(), command.legalBasis(), handlingDue, timely,
                limits.forPlace(details.placeOfMatter()).label(), command.issuedBy(), command.issuedAt()));
    }

    private void requireStatus(PetitionStatus required, String rule, String message) {
        if (status != required) {
            throw new TransitionRefused(rule, message + "; the petition is " + status + " (" + status.nationalLabel() + ")");
        }
    }

    @EventSourcingHandler
    void on(PetitionAccepted event) {
        status = PetitionStatus.ACCEPTED;
        acceptedOn = dayOf(event.decidedAt());
        handlingDue = event.handlingDue();
    }

    @EventSourcingHandler
    void on(HandlingExtended event) {
        extensionDays = event.totalExtensionDays();
        handlingDue = event.due();
    }

    @EventSourcingHandler
    void on(HandlingOpinionIssued event) {
        status = PetitionStatus.OPINION_ISSUED;
    }

    @EventSourcingHandler
    void on(PetitionDeclined event) {
        status = PetitionStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(ClassificationNoted event) {
        notedDecisions.add(event.decisionId());
        legalChannel = event.channel();
    }

    @EventSourcingHandler
    void on(RouteNoted event) {
        notedDecisions.add(event.decisionId());
        receivingOrgan = event.organCode();
    }

    @EventSourcingHandler
    void on(PetitionRegistered event) {
        this.petitionId = event.petitionId();
        this.details = event.details();
        this.status = PetitionStatus.AWAITING_ACCEPTANCE;
    }
}
