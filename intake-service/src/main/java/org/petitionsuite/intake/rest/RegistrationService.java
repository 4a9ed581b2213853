package org.petitionsuite.intake.rest;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.petitionsuite.kit.rest.Unavailable;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.intake.api.RepeatedMatter;
import org.petitionsuite.intake.query.PetitionQueries;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.RegisterPetition;
import org.petitionsuite.intake.api.RegistrationOutcome;
import org.petitionsuite.intake.command.ConflictingResubmissionException;
import org.petitionsuite.intake.command.InvalidRegistrationException;
import org.petitionsuite.intake.command.PetitionIds;

/** Turns a registration request into a {@link RegisterPetition} command and counts the outcome. */
@ApplicationScoped
public class RegistrationService {
    private final CommandGateway commands;
    private final MeterRegistry metrics;
    private final Clock clock = Clock.systemUTC();

    private final PetitionQueries queries;

    /** How long a registration waits out a database restart or failover before answering 503. */
    private final Duration databasePatience;

    RegistrationService(CommandGateway commands, MeterRegistry metrics, PetitionQueries queries,
                        @ConfigProperty(name = "intake.registration.database-patience", defaultValue = "8s") Duration databasePatience) {
        this.commands = commands;
        this.queries = queries;
        this.metrics = metrics;
        this.databasePatience = databasePatience;
    }

    public record Result(String petitionId, RegistrationOutcome outcome) {
    }

    /**
     * @param scope the caller's region: a repeat item (details.repeatOf) may only join a matter the caller can see;
     *              one it cannot see is refused as naming no petition
     * @param byDesk a registrar's or admin's registration (no {@code source_system} claim): its source reference is
     *               scoped by the registering organ's region, so that a desk in another county never reaches, or learns
     *               of, a petition by reusing a reference it does not own
     */
    public Result register(PetitionDetails details, String registeredBy, DivisionCode scope, boolean byDesk) {
        RepeatedMatter repeated = details == null || details.repeatOf() == null ? null
                : queries.repeatedMatter(details.repeatOf(), scope).orElse(null);
        RegisterPetition command = new RegisterPetition(PetitionIds.forRegistration(details, byDesk), details, clock.instant(),
                registeredBy, repeated);
        try {
            RegistrationOutcome outcome = send(command);
            metrics.counter("petition.registrations", "outcome", outcome.name().toLowerCase()).increment();
            return new Result(command.petitionId(), outcome);
        } catch (InvalidRegistrationException e) {
            metrics.counter("petition.registrations", "outcome", "invalid").increment();
            throw e;
        } catch (ConflictingResubmissionException e) {
            metrics.counter("petition.registrations", "outcome", "conflict").increment();
            throw e;
        }
    }

    /**
     * Sent again while the database is unreachable, for {@code databasePatience} (bench/fault restarts PostgreSQL
     * under a stream of registrations): a registration is idempotent by its source reference, so an attempt whose
     * commit was cut off is found by the next one, not stored twice.
     */
    private RegistrationOutcome send(RegisterPetition command) {
        return Unavailable.retrying(databasePatience, () -> sendOnce(command));
    }

    /**
     * Two first submissions of the same reference can race: both find no petition and both append its first event;
     * the event store's unique key lets one win. The loser, sent again, finds the winner's petition.
     */
    private RegistrationOutcome sendOnce(RegisterPetition command) {
        try {
            return commands.sendAndWait(command);
        } catch (RuntimeException e) {
            if (!lostCreationRace(e)) {
                throw e;
            }
            return commands.sendAndWait(command);
        }
    }

    private static boolean lostCreationRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
