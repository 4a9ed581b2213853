package org.petitionsuite.supervision.query;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.petitionsuite.supervision.api.AccusationNoted;
import org.petitionsuite.supervision.api.CaseOpened;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.contract.supervision.ActionClosedV1;
import org.petitionsuite.contract.supervision.ActionIssuedV1;
import org.petitionsuite.contract.supervision.ActionRespondedV1;
import org.petitionsuite.contract.supervision.ActionResponseOverdueV1;
import org.petitionsuite.contract.supervision.DeadlineApproachingV1;
import org.petitionsuite.contract.supervision.DeadlineBreachedV1;
import org.petitionsuite.contract.supervision.DefectRecordedV1;
import org.petitionsuite.limits.DateRange;
import org.petitionsuite.supervision.api.ActionLetter;
import org.petitionsuite.supervision.api.ActionTexts;
import org.petitionsuite.supervision.api.ClockExtended;
import org.petitionsuite.supervision.api.ClockPaused;
import org.petitionsuite.supervision.api.ClockStarted;
import org.petitionsuite.supervision.api.ClockStopped;
import org.petitionsuite.supervision.api.SupervisionFound;
import org.petitionsuite.supervision.clock.ClockStep;
import org.petitionsuite.supervision.clock.Deadlines;
import org.petitionsuite.supervision.clock.Defect;
import org.petitionsuite.kit.axon.ReadModelProjection;

/**
 * Builds clocks, defects and actions from supervision's event store; token and rows change in one transaction. Every
 * deadline is computed here with the profile and calendar in force, so a rebuild after a correction re-computes them.
 */
@Singleton
@ProcessingGroup(SupervisionProjection.PROCESSING_GROUP)
public class SupervisionProjection extends ReadModelProjection {
    public static final String PROCESSING_GROUP = "supervision-read-model";

    private final Deadlines deadlines;

    SupervisionProjection(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @EventHandler
    void on(ClockStarted e) {
        ClockView v = new ClockView();
        v.clockKey = e.petitionId() + "/" + e.clockId();
        v.petitionId = e.petitionId();
        v.clockId = e.clockId();
        v.step = e.step().name();
        v.duty = e.step().duty();
        v.organCode = e.organCode();
        v.placeOfMatter = e.placeOfMatter();
        v.placeCode12 = DivisionCode.parse(e.placeOfMatter()).twelveDigits();
        v.startDay = e.startDay();
        v.periodDays = e.periodDays();
        v.decidedDue = e.due();
        v.paused = "";
        v.state = "RUNNING";
        v.startedAt = e.at();
        computeDue(v);
        v.persist();
    }

    @EventHandler
    void on(ClockExtended e) {
        clock(e.petitionId(), e.clockId(), v -> {
            v.extensionDays = e.totalDays();
            v.decidedDue = e.due() != null ? e.due() : v.decidedDue;
            computeDue(v);
        });
    }

    @EventHandler
    void on(ClockPaused e) {
        clock(e.petitionId(), e.clockId(), v -> {
            v.paused = (v.paused.isEmpty() ? "" : v.paused + ";") + e.from() + ".." + e.to();
            v.decidedDue = e.due() != null ? e.due() : v.decidedDue;
            computeDue(v);
        });
    }

    @EventHandler
    void on(ClockStopped e) {
        clock(e.petitionId(), e.clockId(), v -> {
            v.state = e.outcome().name();
            v.stoppedOn = e.on();
            v.timely = e.outcome() == ClockStopped.Outcome.DONE && v.duty ? !e.on().isAfter(v.dueDay) : null;
        });
    }

    @EventHandler
    void on(DeadlineApproachingV1 e) {
        clock(e.petitionId(), e.clockId(), v -> v.warnedOn = e.warnedOn());
    }

    @EventHandler
    void on(DeadlineBreachedV1 e) {
        clock(e.petitionId(), e.clockId(), v -> v.breachedOn = e.breachedOn());
    }

    @EventHandler
    void on(DefectRecordedV1 e) {
        DefectView v = new DefectView();
        v.defectKey = e.petitionId() + "/" + e.defect() + "/" + (e.clockId() == null ? "-" : e.clockId());
        v.petitionId = e.petitionId();
        v.placeCode12 = DivisionCode.parse(e.placeOfMatter()).twelveDigits();
        v.defect = e.defect();
        v.article = e.article();
        v.organCode = e.organCode();
        v.clockId = e.clockId();
        v.recordedAt = e.recordedAt();
        v.persist();
        if (Defect.SUPERVISION_NOT_PERFORMED.name().equals(e.defect())) {
            clock(e.petitionId(), e.clockId(), c -> c.supervisionChecked = true);
        }
    }

    @EventHandler
    void on(SupervisionFound e) {
        clock(e.petitionId(), e.clockId(), c -> c.supervisionChecked = true);
    }

    @EventHandler
    void on(ActionIssuedV1 e) {
        ActionView v = new ActionView();
        v.actionId = e.actionId();
        v.kind = e.kind().name();
        v.article = e.article();
        v.organCode = e.organCode();
        v.regionCode12 = DivisionCode.parse(e.regionCode()).twelveDigits();
        v.petitionIds = e.petitionIds();
        v.responseDue = e.responseDue();
        v.issuedBy = e.issuedBy();
        v.issuedAt = e.issuedAt();
        v.state = "OPEN";
        v.persist();
    }

    @EventHandler
    void on(ActionLetter e) {
        action(e.actionId(), v -> {
            v.letterNumber = e.number();
            v.letterFields = e.fields();
        });
    }

    @EventHandler
    void on(ActionTexts e) {
        action(e.actionId(), v -> {
            switch (e.part()) {
                case REASONS -> v.reasons = e.text();
                case RESPONSE -> {
                    v.responseText = e.text();
                    v.respondedBy = e.by();
                }
                case CLOSING_NOTE -> v.closingNote = e.text();
            }
        });
    }

    @EventHandler
    void on(ActionRespondedV1 e) {
        action(e.actionId(), v -> {
            v.state = "RESPONDED";
            v.adoption = e.adoption() == null ? null : e.adoption().name();
            v.respondedAt = e.respondedAt();
            v.timely = e.timely();
        });
    }

    @EventHandler
    void on(ActionResponseOverdueV1 e) {
        action(e.actionId(), v -> v.overdueOn = e.overdueOn());
    }

    @EventHandler
    void on(ActionClosedV1 e) {
        action(e.actionId(), v -> {
            v.state = "CLOSED";
            v.closedBy = e.closedBy();
            v.closedAt = e.closedAt();
        });
    }

    /** The case's row, made by whichever comes first: intake's registration or routing's accusation (two topics). */
    @EventHandler
    void on(CaseOpened e) {
        CaseView v = CaseView.<CaseView>findByIdOptional(e.petitionId()).orElseGet(() -> newCase(e.petitionId()));
        v.placeCode12 = DivisionCode.parse(e.placeOfMatter()).twelveDigits();
    }

    @EventHandler
    void on(AccusationNoted e) {
        CaseView v = CaseView.<CaseView>findByIdOptional(e.petitionId()).orElseGet(() -> newCase(e.petitionId()));
        v.accusedOrganCodes = org.petitionsuite.kit.security.AccusedOrgans.column(e.accusedOrgans());
    }

    /** A case not yet placed (no registration seen): visible to no region until it is. */
    private static CaseView newCase(String petitionId) {
        CaseView v = new CaseView();
        v.petitionId = petitionId;
        v.placeCode12 = "";
        v.persist();
        return v;
    }

    @ResetHandler
    void reset() {
        CaseView.deleteAll();
        ClockView.deleteAll();
        DefectView.deleteAll();
        ActionView.deleteAll();
    }

    private void computeDue(ClockView v) {
        List<DateRange> paused = v.paused.isEmpty() ? List.of() : Arrays.stream(v.paused.split(";"))
                .map(r -> r.split("\\.\\."))
                .map(r -> new DateRange(LocalDate.parse(r[0]), LocalDate.parse(r[1])))
                .toList();
        Deadlines.Due due = deadlines.due(ClockStep.valueOf(v.step), v.placeOfMatter, v.startDay, v.periodDays,
                v.extensionDays, paused, v.decidedDue);
        v.dueDay = due.day();
        v.article = due.article();
        v.profile = due.profile();
    }

    private static void clock(String petitionId, String clockId, Consumer<ClockView> change) {
        ClockView.<ClockView>findByIdOptional(petitionId + "/" + clockId).ifPresent(change);
    }

    private static void action(String actionId, Consumer<ActionView> change) {
        ActionView.<ActionView>findByIdOptional(actionId).ifPresent(change);
    }
}
