package org.petitionsuite.supervision.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.petitionsuite.limits.WorkingDayCalendar.dayOf;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.contract.supervision.ActionClosedV1;
import org.petitionsuite.contract.supervision.ActionIssuedV1;
import org.petitionsuite.contract.supervision.ActionKind;
import org.petitionsuite.contract.supervision.ActionRespondedV1;
import org.petitionsuite.contract.supervision.ActionResponseOverdueV1;
import org.petitionsuite.documents.Citations;
import org.petitionsuite.documents.WrittenDates;
import org.petitionsuite.kit.Violations;
import org.petitionsuite.kit.rest.TransitionRefused;
import org.petitionsuite.supervision.api.ActionLetter;
import org.petitionsuite.supervision.api.ActionTexts;
import org.petitionsuite.supervision.api.CheckResponseDue;
import org.petitionsuite.supervision.api.CloseAction;
import org.petitionsuite.supervision.api.IssueAction;
import org.petitionsuite.supervision.api.RespondToAction;

/**
 * A 督办 order or one of the three recommendations (条例 Art 39 ¶3, Art 40), followed to closure: issued with reasons
 * and a due date for the written response, answered by the organ it was issued to (for a recommendation, with what it
 * adopted, Art 40 ¶4), closed by a supervisor. An unanswered action is noted overdue once.
 */
public class SupervisionAction {
    @AggregateIdentifier
    private String actionId;
    private ActionKind kind;
    private String organCode;
    private LocalDate responseDue;
    private boolean responded;
    private boolean overdue;
    private boolean closed;

    protected SupervisionAction() {
        // for Axon
    }

    @CommandHandler
    public SupervisionAction(IssueAction command, LetterNumbers numbers) {
        Violations violations = new Violations();
        if (command.kind() == null) {
            violations.add("kind", "is required: SUPERVISION_ORDER, LISTED_SUPERVISION, IMPROVE_WORK, IMPROVE_POLICY or ACCOUNTABILITY");
        }
        violations.requireText("organCode", command.organCode(), 64, "is required: the organ the action is issued to");
        violations.requireText("reasons", command.reasons(), 4000, "are required: say what was found and what is asked");
        violations.limitText("organName", command.organName(), 200).limitText("issuerName", command.issuerName(), 200);
        try {
            DivisionCode.parse(command.regionCode());
        } catch (IllegalArgumentException e) {
            violations.add("regionCode", e.getMessage());
        }
        List<String> petitions = command.petitionIds() == null ? List.of() : command.petitionIds();
        if (command.kind() == ActionKind.ACCOUNTABILITY && petitions.isEmpty()) {
            violations.add("petitionIds", "name the petitions whose handling caused serious consequences (条例 Art 40 ¶3)");
        }
        if (command.responseDue() == null) {
            violations.add("responseDue", "is required: the day by which the written response is due");
        } else if (!command.responseDue().isAfter(dayOf(command.at()))) {
            violations.add("responseDue", "must be after the day of issue");
        }
        violations.refuseIfAny(SupervisionRefusedException::new);
        apply(new ActionIssuedV1(command.actionId(), command.kind(), command.kind().article(), command.organCode(),
                command.regionCode(), List.copyOf(petitions), command.responseDue(), command.issuedBy(), command.at()));
        apply(new ActionTexts(command.actionId(), ActionTexts.Part.REASONS, command.reasons(), command.issuedBy(),
                command.at()));
        letter(command, petitions, numbers);
    }

    /**
     * The action's letter, issued with it (督办 and the recommendations are written, Art 40 ¶1–4): numbered from the
     * issuing department's sequence, addressed to the organ, with the reasons, the article and the response due.
     */
    private void letter(IssueAction command, List<String> petitions, LetterNumbers numbers) {
        String issuer = blank(command.issuerName()) ? "行政区划" + command.regionCode() + "信访部门" : command.issuerName().strip();
        LocalDate issuedOn = dayOf(command.at());
        String number = numbers.next(command.regionCode(), issuer, command.kind(), issuedOn.getYear());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", number);
        fields.put("organName", blank(command.organName()) ? command.organCode() : command.organName().strip());
        fields.put("issuerName", issuer);
        fields.put("reasons", command.reasons().strip());
        fields.put("article", Citations.chinese(command.kind().article()));
        fields.put("responseDue", WrittenDates.of(command.responseDue()));
        fields.put("issuedOn", WrittenDates.of(issuedOn));
        if (!petitions.isEmpty()) {
            fields.put("petitions", String.join("、", petitions));
        }
        apply(new ActionLetter(command.actionId(), number, Map.copyOf(fields), command.at()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }


    /** Only the organ it was issued to answers, once; a recommendation's answer says what was adopted (Art 40 ¶4). */
    @CommandHandler
    public void handle(RespondToAction command) {
        if (closed || responded) {
            throw new TransitionRefused(kind.article(), "the action was already answered");
        }
        Violations violations = new Violations();
        if (!organCode.equals(command.organCode())) {
            violations.add("organ", "only " + organCode + ", to which the action was issued, may answer it");
        }
        violations.requireText("text", command.text(), 8000, "is required: the written response");
        if (kind.recommendation() && command.adoption() == null) {
            violations.add("adoption", "is required for a recommendation: ADOPTED, PARTLY_ADOPTED or NOT_ADOPTED (条例 Art 40 ¶4)");
        }
        if (!kind.recommendation() && command.adoption() != null) {
            violations.add("adoption", "is only for recommendations; a 督办 order is answered with its result");
        }
        violations.refuseIfAny(SupervisionRefusedException::new);
        apply(new ActionRespondedV1(actionId, kind, organCode, command.adoption(), responseDue,
                !dayOf(command.at()).isAfter(responseDue), command.at()));
        apply(new ActionTexts(actionId, ActionTexts.Part.RESPONSE, command.text(), command.by(), command.at()));
    }

    /** Closed after the response (跟踪到位); never before, so nothing is closed unanswered. */
    @CommandHandler
    public void handle(CloseAction command) {
        if (closed) {
            throw new TransitionRefused(kind.article(), "the action is already closed");
        }
        if (!responded) {
            throw new TransitionRefused(kind.article(), "the action has no written response yet (due " + responseDue + ")");
        }
        apply(new ActionClosedV1(actionId, kind, organCode, command.by(), command.at()));
        if (command.note() != null && !command.note().isBlank()) {
            apply(new ActionTexts(actionId, ActionTexts.Part.CLOSING_NOTE, command.note(), command.by(), command.at()));
        }
    }

    @CommandHandler
    public void handle(CheckResponseDue command) {
        if (!responded && !overdue && command.today().isAfter(responseDue)) {
            apply(new ActionResponseOverdueV1(actionId, kind, organCode, responseDue, command.today(), command.at()));
        }
    }

    @EventSourcingHandler
    void on(ActionIssuedV1 e) {
        actionId = e.actionId();
        kind = e.kind();
        organCode = e.organCode();
        responseDue = e.responseDue();
    }

    @EventSourcingHandler
    void on(ActionRespondedV1 e) {
        responded = true;
    }

    @EventSourcingHandler
    void on(ActionResponseOverdueV1 e) {
        overdue = true;
    }

    @EventSourcingHandler
    void on(ActionClosedV1 e) {
        closed = true;
    }
}
