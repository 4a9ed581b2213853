package org.petitionsuite.intake.clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;
import org.petitionsuite.intake.api.LapseLimits;
import org.petitionsuite.intake.query.PetitionView;
import org.petitionsuite.kit.axon.UntilAxonStarted;
import org.petitionsuite.limits.WorkingDayCalendar;

/**
 * The procedure's clock: finds petitions whose running limit (or evaluation window) ended before today, Beijing time,
 * and asks each to note it ({@link LapseLimits}); the aggregate decides what lapsed, so a sweep repeated, or run by two
 * instances at once, changes nothing twice. Durable by construction: the due dates live in the read model, rebuilt from
 * events, so a restart loses no limit. Runs every {@code intake.limits.sweep-every} (default 10 minutes; {@code off}
 * in tests, which call {@link #sweep(LocalDate)} with the day they need).
 */
@ApplicationScoped
public class LimitSweep {
    private static final Logger LOG = Logger.getLogger(LimitSweep.class);
    private static final int BATCH = 500;

    private final CommandGateway commands;
    private final MeterRegistry metrics;
    private final Clock clock = Clock.systemUTC();

    LimitSweep(CommandGateway commands, MeterRegistry metrics) {
        this.commands = commands;
        this.metrics = metrics;
    }

    @Scheduled(every = "${intake.limits.sweep-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = UntilAxonStarted.class)
    void onSchedule() {
        sweep(WorkingDayCalendar.dayOf(clock.instant()));
    }

    /** Notes every limit that ended before {@code today}; returns how many petitions were asked. */
    public int sweep(LocalDate today) {
        int asked = 0;
        for (String petitionId : due(today)) {
            try {
                commands.sendAndWait(new LapseLimits(petitionId, today));
                asked++;
            } catch (RuntimeException e) {
                // One petition that cannot be swept must not stop the others; the next sweep tries it again.
                LOG.warnf(e, "could not sweep the limits of petition %s", petitionId);
                metrics.counter("petition.limit.sweep.failures").increment();
            }
        }
        metrics.counter("petition.limit.sweep.petitions").increment(asked);
        return asked;
    }

    /** At most {@link #BATCH} per sweep: the next sweep takes the rest. */
    private List<String> due(LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> PetitionView.<PetitionView>find(
                        "nextLimitDue < ?1 or (evaluationOpen = true and evaluationDue < ?1) order by petitionId", today)
                .page(0, BATCH).list().stream().map(v -> v.petitionId).toList());
    }
}
