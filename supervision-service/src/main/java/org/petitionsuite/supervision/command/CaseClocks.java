package org.petitionsuite.supervision.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.petitionsuite.limits.WorkingDayCalendar.dayOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.petitionsuite.contract.EvaluationTarget;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.ReviewLevel;
import org.petitionsuite.contract.intake.AgreementRecordedV1;
import org.petitionsuite.contract.intake.EvaluatedV1;
import org.petitionsuite.contract.intake.HandlingExtendedV1;
import org.petitionsuite.contract.intake.HandlingOpinionIssuedV1;
import org.petitionsuite.contract.intake.HearingRecordedV1;
import org.petitionsuite.contract.intake.PetitionAcceptanceDecidedV1;
import org.petitionsuite.contract.intake.PetitionRegisteredV1;
import org.petitionsuite.contract.intake.ReviewOpinionIssuedV1;
import org.petitionsuite.contract.intake.ReviewRequestedV1;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.contract.routing.RoutingObjectedV1;
import org.petitionsuite.contract.supervision.DeadlineApproachingV1;
import org.petitionsuite.contract.supervision.DeadlineBreachedV1;
import org.petitionsuite.contract.supervision.DeadlineMetV1;
import org.petitionsuite.contract.supervision.DefectRecordedV1;
import org.petitionsuite.limits.DateRange;
import org.petitionsuite.supervision.api.AccusationNoted;
import org.petitionsuite.supervision.api.CaseOpened;
import org.petitionsuite.supervision.api.CheckDeadlines;
import org.petitionsuite.supervision.api.ClockExtended;
import org.petitionsuite.supervision.api.ClockPaused;
import org.petitionsuite.supervision.api.ClockStarted;
import org.petitionsuite.supervision.api.ClockStopped;
import org.petitionsuite.supervision.api.ClockStopped.Outcome;
import org.petitionsuite.supervision.api.EarlyStopNoted;
import org.petitionsuite.supervision.api.EvaluationNoted;
import org.petitionsuite.supervision.api.Observe;
import org.petitionsuite.supervision.api.SupervisionFound;
import org.petitionsuite.supervision.clock.ClockStep;
import org.petitionsuite.supervision.clock.Deadlines;
import org.petitionsuite.supervision.clock.Defect;
import org.petitionsuite.supervision.clock.Thresholds;

/**
 * The statutory clocks of one petition, one per step and per organ (petition-rules.md §1.1 T1–T11), started and stopped
 * by what intake and routing publish. Each duty is charged to its own organ: a delay at the county is never charged to
 * the province, nor the reverse. Deadlines are never stored, only computed (see {@link Deadlines}); what is stored is
 * what happened, and the warnings, breaches and defects decided, each once.
 */
public class CaseClocks {
    @AggregateIdentifier
    private String petitionId;
    private String registeringOrgan;
    /** The organs the matter accuses, as routing last said (Art 30 ¶3). */
    private List<String> accusedOrgans = List.of();
    private final Set<String> seenSources = new HashSet<>();
    private final Map<String, Clock> clocks = new LinkedHashMap<>();
    private final List<EarlyStopNoted> earlyStops = new ArrayList<>();
    private final Set<EvaluationTarget> evaluatedTargets = EnumSet.noneOf(EvaluationTarget.class);

    /** One clock's state; its deadline is computed, never kept. */
    static final class Clock {
        final ClockStarted started;
        int extensionDays;
        final List<DateRange> paused = new ArrayList<>();
        /** The last day as the step's owner decided it (latest start, extension or pause); null where computed here. */
        LocalDate decidedDue;
        boolean running = true;
        /** Stopped with its step done (not cancelled). */
        boolean done;
        boolean warned;
        LocalDate breachedOn;
        boolean supervisionChecked;

        Clock(ClockStarted started) {
            this.started = started;
            this.decidedDue = started.due();
        }

        // Axon's fixture compares state rebuilt from events with the working state: equal by value.
        @Override
        public boolean equals(Object o) {
            return o instanceof Clock c && started.equals(c.started) && extensionDays == c.extensionDays
                    && paused.equals(c.paused) && Objects.equals(decidedDue, c.decidedDue) && running == c.running
                    && done == c.done && warned == c.warned
                    && Objects.equals(breachedOn, c.breachedOn) && supervisionChecked == c.supervisionChecked;
        }

        @Override
        public int hashCode() {
            return started.hashCode();
        }

        boolean is(ClockStep step, String organ) {
            return running && started.step() == step && (organ == null || organ.equals(started.organCode()));
        }
    }

    protected CaseClocks() {
        // for Axon
    }

    /** The event types that start, stop, extend or pause a clock; the consumer sends only these. */
    public static final Set<EventType> OBSERVED = EnumSet.of(EventType.PETITION_REGISTERED_V1,
            EventType.PETITION_ROUTED_V1, EventType.ROUTING_OBJECTED_V1, EventType.PETITION_ACCEPTED_V1,
            EventType.PETITION_DECLINED_V1, EventType.HANDLING_EXTENDED_V1, EventType.HANDLING_OPINION_ISSUED_V1,
            EventType.AGREEMENT_RECORDED_V1, EventType.HEARING_RECORDED_V1, EventType.REVIEW_REQUESTED_V1,
            EventType.REVIEW_OPINION_ISSUED_V1, EventType.EVALUATED_V1, EventType.PETITION_CONCLUDED_V1,
            EventType.NOT_ACCEPTED_AGAIN_V1);

    /** What a consumed intake or routing event starts, stops, extends or pauses. A redelivery changes nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(Observe command, Deadlines deadlines, Thresholds thresholds) {
        if (seenSources.contains(command.sourceId())) {
            return;
        }
        petitionId = command.petitionId();
        Observation o = new Observation(command, deadlines);
        switch (command.type()) {
            case PETITION_REGISTERED_V1 -> o.registered((PetitionRegisteredV1) command.data(), thresholds);
            case PETITION_ROUTED_V1 -> o.routed((PetitionRoutedV1) command.data());
            case ROUTING_OBJECTED_V1 -> o.objected((RoutingObjectedV1) command.data());
            case PETITION_ACCEPTED_V1, PETITION_DECLINED_V1 -> o.decided((PetitionAcceptanceDecidedV1) command.data(),
                    command.type() == EventType.PETITION_ACCEPTED_V1);
            case HANDLING_EXTENDED_V1 -> o.extended((HandlingExtendedV1) command.data());
            case HANDLING_OPINION_ISSUED_V1 -> o.opinion((HandlingOpinionIssuedV1) command.data());
            case AGREEMENT_RECORDED_V1 -> o.agreement((AgreementRecordedV1) command.data());
            case HEARING_RECORDED_V1 -> o.hearing((HearingRecordedV1) command.data());
            case REVIEW_REQUESTED_V1 -> o.reviewRequested((ReviewRequestedV1) command.data());
            case REVIEW_OPINION_ISSUED_V1 -> o.reviewOpinion((ReviewOpinionIssuedV1) command.data());
            case EVALUATED_V1 -> o.evaluated((EvaluatedV1) command.data());
            case PETITION_CONCLUDED_V1, NOT_ACCEPTED_AGAIN_V1 -> o.cancelAll(dayOf(command.at()));
            default -> throw new IllegalArgumentException(command.type() + " starts or stops no clock");
        }
    }

    /** The steps one consumed event takes, with its source id and time on every event applied. */
    private final class Observation {
        private final String sourceId;
        private final Instant at;
        private final Deadlines deadlines;

        Observation(Observe command, Deadlines deadlines) {
            this.sourceId = command.sourceId();
            this.at = command.at();
            this.deadlines = deadlines;
        }

        /** T1 runs from receipt for the registering petition department (Art 22 ¶1); late registration is Art 44(一). */
        void registered(PetitionRegisteredV1 e, Thresholds thresholds) {
            String organ = e.registeringOrgan() == null ? null : e.registeringOrgan().code();
            LocalDate receivedOn = dayOf(e.receivedAt());
            LocalDate registeredOn = dayOf(e.registeredAt());
            apply(new CaseOpened(petitionId, e.placeOfMatter(), organ, receivedOn, registeredOn, sourceId, at));
            if (organ != null && registeredOn.isAfter(receivedOn.plusDays(thresholds.registerWithinDays()))) {
                apply(new DefectRecordedV1(petitionId, e.placeOfMatter(), Defect.REGISTERED_LATE.name(),
                        Defect.REGISTERED_LATE.article(), organ, null, at));
            }
            start(ClockStep.FORWARD_OR_ASSIGN, organ, e.placeOfMatter(), receivedOn, null, null);
        }

        /**
         * Forwarded or assigned: T1 is met; the receiving organ's notice (T4) and objection window (T5) start, and for
         * an assignment its report-back deadline (T2). A new route cancels the clocks of the organ it replaces.
         */
        void routed(PetitionRoutedV1 e) {
            if (!e.accusedOrgansOrNone().isEmpty() && !e.accusedOrgansOrNone().equals(accusedOrgans)) {
                apply(new AccusationNoted(petitionId, List.copyOf(e.accusedOrgansOrNone())));
            }
            LocalDate on = dayOf(e.routedAt());
            if (e.organCode() == null) {
                return; // routed to nobody (no organ for the place): the petition department's T1 keeps running
            }
            stopOrNoteEarly(ClockStep.FORWARD_OR_ASSIGN, null, on);
            if (!e.asksForAcceptance()) {
                return; // Art 19 ¶3 and Art 36 ¶3: sent to the organ for its file; there is nothing for it to accept
            }
            Optional<String> decidedBy = organThatDecidedOnAcceptance();
            if (decidedBy.isPresent() && !decidedBy.get().equals(e.organCode())) {
                return; // Art 23 ¶3, Art 34: the deciding organ keeps the petition; no new clocks, none cancelled
            }
            for (ClockStep step : List.of(ClockStep.ACCEPTANCE_NOTICE, ClockStep.OBJECTION, ClockStep.ASSIGNMENT_REPORT)) {
                runningClocks(step, null).filter(c -> !c.started.organCode().equals(e.organCode()))
                        .forEach(c -> stop(c, Outcome.CANCELLED, on));
            }
            // One notice clock per receipt: a route repeated to the same organ opens none while its clock runs or is done.
            if (e.organCode() == null || clocks.values().stream().anyMatch(c -> (c.started.step() == ClockStep.ACCEPTANCE_NOTICE
                    || c.started.step() == ClockStep.OBJECTION)
                    && e.organCode().equals(c.started.organCode()) && (c.running || c.done))) {
                return;
            }
            // T4 and T5 as routing decided them with the route (Art 23 ¶3); no T4 where the organ notifies under its
            // own rules (Art 23 ¶4: 政法 litigation relief, 纪检监察 accusations).
            if (!e.flagged(PetitionRoutedV1.NOTICE_BY_OWN_RULES)) {
                start(ClockStep.ACCEPTANCE_NOTICE, e.organCode(), e.placeOfMatter(), on, null, e.noticeDue());
            }
            start(ClockStep.OBJECTION, e.organCode(), e.placeOfMatter(), on, null, e.objectionDue());
            if ("ASSIGN".equals(e.mode()) && e.reportWithinDays() != null) {
                start(ClockStep.ASSIGNMENT_REPORT, e.organCode(), e.placeOfMatter(), on, e.reportWithinDays(), null);
            }
        }

        /** The organ that decided on acceptance (Art 23 ¶3): its notice clock is done, its handling started, or its decision came first. */
        private Optional<String> organThatDecidedOnAcceptance() {
            return Stream.concat(
                    clocks.values().stream().filter(c -> c.started.step() == ClockStep.HANDLING
                            || (c.started.step() == ClockStep.ACCEPTANCE_NOTICE && c.done)).map(c -> c.started.organCode()),
                    earlyStops.stream().filter(s -> s.step() == ClockStep.ACCEPTANCE_NOTICE).map(EarlyStopNoted::organCode))
                    .filter(Objects::nonNull).findFirst();
        }

        /** Art 23 ¶3: a timely objection ends the organ's clocks without fault; the new route starts new ones. */
        void objected(RoutingObjectedV1 e) {
            LocalDate on = dayOf(e.objectedAt());
            runningClocks(ClockStep.OBJECTION, e.organCode()).forEach(c -> stop(c, Outcome.DONE, on));
            runningClocks(ClockStep.ACCEPTANCE_NOTICE, e.organCode()).forEach(c -> stop(c, Outcome.CANCELLED, on));
            runningClocks(ClockStep.ASSIGNMENT_REPORT, e.organCode()).forEach(c -> stop(c, Outcome.CANCELLED, on));
        }

        /** T4 met by the notice of acceptance or non-acceptance; an accepted matter's handling (T6) starts. */
        void decided(PetitionAcceptanceDecidedV1 e, boolean accepted) {
            LocalDate on = dayOf(e.decidedAt());
            stopOrNoteEarly(ClockStep.ACCEPTANCE_NOTICE, e.organCode(), on);
            stopOrNoteEarly(ClockStep.OBJECTION, e.organCode(), on);
            if (accepted && e.handlingLimitApplies()) {
                // Art 34 on the petition track only: a matter accepted into another channel's procedure has no T6.
                start(ClockStep.HANDLING, e.organCode(), e.placeOfMatter(), on, null, e.handlingDue());
            } else {
                runningClocks(ClockStep.ASSIGNMENT_REPORT, null).forEach(c -> stop(c, Outcome.CANCELLED, on));
            }
        }

        /** Art 34: the extension lengthens the running handling clock; the total makes a redelivery harmless. */
        void extended(HandlingExtendedV1 e) {
            runningClocks(ClockStep.HANDLING, null).forEach(c -> apply(new ClockExtended(petitionId,
                    c.started.clockId(), e.totalExtensionDays(), sourceId, at, e.due())));
        }

        /** The handling opinion meets T6 (and T2); the review window (T8) and the evaluation window open on service. */
        void opinion(HandlingOpinionIssuedV1 e) {
            LocalDate on = dayOf(e.issuedAt());
            runningClocks(ClockStep.HANDLING, null).forEach(c -> stop(c, Outcome.DONE, on));
            stopOrNoteEarly(ClockStep.ASSIGNMENT_REPORT, null, on);
            LocalDate served = e.servedOn() == null ? on : e.servedOn();
            start(ClockStep.REVIEW_REQUEST, e.organCode(), e.placeOfMatter(), served, null, e.reviewRequestDue());
            start(ClockStep.EVALUATION, e.organCode(), e.placeOfMatter(), served, null, e.evaluationDue());
        }

        /** Art 33: an agreement ends handling; nothing is left to review, the evaluation window opens. */
        void agreement(AgreementRecordedV1 e) {
            runningClocks(ClockStep.HANDLING, null).forEach(c -> stop(c, Outcome.DONE, e.agreedOn()));
            stopOrNoteEarly(ClockStep.ASSIGNMENT_REPORT, null, e.agreedOn());
            start(ClockStep.EVALUATION, e.organCode(), e.placeOfMatter(), e.agreedOn(), null, e.evaluationDue());
        }

        /** Art 36 ¶2: hearing days during re-review are not counted. */
        void hearing(HearingRecordedV1 e) {
            if ("RE_REVIEW".equals(e.stage())) {
                runningClocks(ClockStep.RE_REVIEW_ANSWER, null).forEach(c -> apply(new ClockPaused(petitionId,
                        c.started.clockId(), e.from(), e.to(), sourceId, at, e.answerDue())));
            }
        }

        /** Art 35 / 36 ¶1: the request closes the petitioner's window and starts the answering organ's clock. */
        void reviewRequested(ReviewRequestedV1 e) {
            boolean review = e.level() == ReviewLevel.REVIEW;
            runningClocks(review ? ClockStep.REVIEW_REQUEST : ClockStep.RE_REVIEW_REQUEST, null)
                    .forEach(c -> stop(c, Outcome.DONE, e.requestedOn()));
            start(review ? ClockStep.REVIEW_ANSWER : ClockStep.RE_REVIEW_ANSWER, e.organCode(), e.placeOfMatter(),
                    e.requestedOn(), null, e.answerDue());
        }

        /** The opinion meets T9 or T11; after a review the re-review window (T10) opens on service. */
        void reviewOpinion(ReviewOpinionIssuedV1 e) {
            boolean review = e.level() == ReviewLevel.REVIEW;
            LocalDate on = dayOf(e.issuedAt());
            runningClocks(review ? ClockStep.REVIEW_ANSWER : ClockStep.RE_REVIEW_ANSWER, null)
                    .forEach(c -> stop(c, Outcome.DONE, on));
            if (review) {
                start(ClockStep.RE_REVIEW_REQUEST, e.organCode(), e.placeOfMatter(),
                        e.servedOn() == null ? on : e.servedOn(), null, e.nextRequestDue());
            }
        }

        /** The evaluation window closes once both the petition department and the responsible unit are evaluated. */
        void evaluated(EvaluatedV1 e) {
            apply(new EvaluationNoted(petitionId, e.target(), sourceId, at));
            if (evaluatedTargets.size() == EvaluationTarget.values().length) {
                runningClocks(ClockStep.EVALUATION, null).forEach(c -> stop(c, Outcome.DONE, dayOf(e.evaluatedAt())));
            }
        }

        /** Concluded (审核认定办结) or not accepted again (Art 36 ¶3): nothing is left to run. */
        void cancelAll(LocalDate on) {
            clocks.values().stream().filter(c -> c.running).toList().forEach(c -> stop(c, Outcome.CANCELLED, on));
        }

        /** @param due the last day as the step's owner published it; null where supervision counts it */
        private void start(ClockStep step, String organ, String place, LocalDate startDay, Integer periodDays, LocalDate due) {
            if (organ == null && step.duty()) {
                return; // a duty nobody can be charged with is not supervised
            }
            String clockId = step.name() + "#" + (clocks.size() + 1);
            apply(new ClockStarted(petitionId, clockId, step, organ, place, startDay, periodDays, sourceId, at, due));
            earlyStops.stream()
                    .filter(s -> s.step() == step && (s.organCode() == null || s.organCode().equals(organ)))
                    .findFirst()
                    .ifPresent(s -> stop(clocks.get(clockId), Outcome.DONE, s.on()));
        }

        private void stopOrNoteEarly(ClockStep step, String organ, LocalDate on) {
            List<Clock> running = runningClocks(step, organ).toList();
            if (!running.isEmpty()) {
                running.forEach(c -> stop(c, Outcome.DONE, on));
            } else if (clocks.values().stream().noneMatch(c -> c.started.step() == step
                    && (organ == null || organ.equals(c.started.organCode())))) {
                apply(new EarlyStopNoted(petitionId, step, organ, on, sourceId, at));
            }
        }

        private void stop(Clock clock, Outcome outcome, LocalDate on) {
            apply(new ClockStopped(petitionId, clock.started.clockId(), outcome, on, sourceId, at));
            if (outcome == Outcome.DONE && clock.started.step().duty()) {
                Deadlines.Due due = due(clock, deadlines);
                apply(new DeadlineMetV1(petitionId, clock.started.placeOfMatter(), clock.started.clockId(),
                        clock.started.step().name(), due.article(), clock.started.organCode(), due.day(), on,
                        !on.isAfter(due.day()), due.profile(), at));
            }
        }
    }

    /**
     * The sweep's question for {@code today}: a running duty past its last day is breached (once) and its defect
     * charged to its organ; one within its warning threshold is warned (once); a breach left without 督办 for the
     * configured days is the petition department's defect (Art 43).
     */
    @CommandHandler
    public void handle(CheckDeadlines command, Deadlines deadlines, Thresholds thresholds, CaseActions actions) {
        LocalDate today = command.today();
        for (Clock clock : clocks.values().stream().filter(c -> c.running && c.started.step().duty()).toList()) {
            ClockStarted s = clock.started;
            Deadlines.Due due = due(clock, deadlines);
            if (clock.breachedOn == null && today.isAfter(due.day())) {
                apply(new DeadlineBreachedV1(petitionId, s.placeOfMatter(), s.clockId(), s.step().name(), due.article(),
                        s.organCode(), due.day(), today, due.profile(), command.at()));
                Defect defect = s.step().defectWhenLate();
                apply(new DefectRecordedV1(petitionId, s.placeOfMatter(), defect.name(), defect.article(),
                        s.organCode(), s.clockId(), command.at()));
            } else if (!clock.warned && clock.breachedOn == null
                    && !today.isBefore(due.day().minusDays(thresholds.warnDaysBefore(s.step())))) {
                apply(new DeadlineApproachingV1(petitionId, s.placeOfMatter(), s.clockId(), s.step().name(),
                        due.article(), s.organCode(), due.day(), today, due.profile(), command.at()));
            } else if (clock.breachedOn != null && !clock.supervisionChecked
                    && today.isAfter(clock.breachedOn.plusDays(thresholds.superviseWithinDays()))) {
                if (actions.anyActionOn(petitionId) || registeringOrgan == null) {
                    apply(new SupervisionFound(petitionId, s.clockId(), command.at()));
                } else {
                    apply(new DefectRecordedV1(petitionId, s.placeOfMatter(), Defect.SUPERVISION_NOT_PERFORMED.name(),
                            Defect.SUPERVISION_NOT_PERFORMED.article(), registeringOrgan, s.clockId(), command.at()));
                }
            }
        }
    }

    private static Deadlines.Due due(Clock clock, Deadlines deadlines) {
        ClockStarted s = clock.started;
        return deadlines.due(s.step(), s.placeOfMatter(), s.startDay(), s.periodDays(), clock.extensionDays,
                clock.paused, clock.decidedDue);
    }

    private Stream<Clock> runningClocks(ClockStep step, String organ) {
        return clocks.values().stream().filter(c -> c.is(step, organ));
    }

    @EventSourcingHandler
    void on(AccusationNoted e) {
        petitionId = e.petitionId(); // may be the first event: routing's record can arrive before intake's
        accusedOrgans = e.accusedOrgans();
    }

    @EventSourcingHandler
    void on(CaseOpened e) {
        petitionId = e.petitionId();
        registeringOrgan = e.registeringOrgan();
        seenSources.add(e.sourceId());
    }

    @EventSourcingHandler
    void on(ClockStarted e) {
        petitionId = e.petitionId();
        clocks.put(e.clockId(), new Clock(e));
        seenSources.add(e.sourceId());
    }

    @EventSourcingHandler
    void on(ClockStopped e) {
        clocks.get(e.clockId()).running = false;
        clocks.get(e.clockId()).done = e.outcome() == ClockStopped.Outcome.DONE;
        seenSources.add(e.sourceId());
    }

    @EventSourcingHandler
    void on(ClockExtended e) {
        clocks.get(e.clockId()).extensionDays = e.totalDays();
        if (e.due() != null) {
            clocks.get(e.clockId()).decidedDue = e.due();
        }
        seenSources.add(e.sourceId());
    }

    @EventSourcingHandler
    void on(ClockPaused e) {
        clocks.get(e.clockId()).paused.add(new DateRange(e.from(), e.to()));
        if (e.due() != null) {
            clocks.get(e.clockId()).decidedDue = e.due();
        }
        seenSources.add(e.sourceId());
    }

    @EventSourcingHandler
    void on(EarlyStopNoted e) {
        petitionId = e.petitionId();
        earlyStops.add(e);
        seenSources.add(e.sourceId());
    }

    @EventSourcingHandler
    void on(DeadlineApproachingV1 e) {
        clocks.get(e.clockId()).warned = true;
    }

    @EventSourcingHandler
    void on(DeadlineBreachedV1 e) {
        clocks.get(e.clockId()).breachedOn = e.breachedOn();
    }

    @EventSourcingHandler
    void on(DefectRecordedV1 e) {
        if (Defect.SUPERVISION_NOT_PERFORMED.name().equals(e.defect())) {
            clocks.get(e.clockId()).supervisionChecked = true;
        }
    }

    @EventSourcingHandler
    void on(SupervisionFound e) {
        clocks.get(e.clockId()).supervisionChecked = true;
    }

    @EventSourcingHandler
    void on(EvaluationNoted e) {
        evaluatedTargets.add(e.target());
        seenSources.add(e.sourceId());
    }
}
