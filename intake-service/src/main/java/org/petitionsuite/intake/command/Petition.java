package org.petitionsuite.intake.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.petitionsuite.intake.api.ClassificationNoted;
import org.petitionsuite.intake.api.NoteClassification;
import org.petitionsuite.intake.api.NoteRoute;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.PetitionRegistered;
import org.petitionsuite.intake.api.RegisterPetition;
import org.petitionsuite.intake.api.RegistrationOutcome;
import org.petitionsuite.intake.api.RouteNoted;
import org.petitionsuite.kit.Violation;

/** A petition item (信访件), from registration on. Event-sourced: its state is the fold of its events. */
public class Petition {
    @AggregateIdentifier
    private String petitionId;
    private PetitionDetails details;
    private final Set<String> notedDecisions = new HashSet<>();

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

    @EventSourcingHandler
    void on(ClassificationNoted event) {
        notedDecisions.add(event.decisionId());
    }

    @EventSourcingHandler
    void on(RouteNoted event) {
        notedDecisions.add(event.decisionId());
    }

    @EventSourcingHandler
    void on(PetitionRegistered event) {
        this.petitionId = event.petitionId();
        this.details = event.details();
    }
}
