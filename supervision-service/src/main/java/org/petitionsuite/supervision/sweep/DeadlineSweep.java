package org.petitionsuite.supervision.sweep;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;
import org.petitionsuite.kit.axon.UntilAxonStarted;
import org.petitionsuite.limits.WorkingDayCalendar;
import org.petitionsuite.supervision.api.CheckDeadlines;
import org.petitionsuite.supervision.api.CheckResponseDue;
import org.petitionsuite.supervision.clock.ClockStep;
import org.petitionsuite.supervision.clock.Thresholds;
import org.petitionsuite.supervision.query.ActionView;
import org.petitionsuite.supervision.query.ClockView;

/**
 * supervision's timer: finds the clocks that may warn, breach or lack 督办 on a day, and the actions whose response is
 * overdue, and asks each aggregate; the aggregate decides, once. The timers are rows of the read model, rebuilt from
 * events, so a restart loses none, and a sweep repeated (or run by two instances) fires nothing twice. Runs every
 * {@code supervision.sweep-every}; tests call {@link #sweep(LocalDate, Instant)} with the day they need.
 */
@ApplicationScoped
public class DeadlineSweep {
    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class);
    private static final int BATCH = 500;

    private final CommandGateway commands;
    private final MeterRegistry metrics;
    private final Thresholds thresholds;
    private final Clock clock;

    DeadlineSweep(CommandGateway commands, MeterRegistry metrics, Thresholds thresholds, Clock clock) {
        this.clock = clock;
        this.commands = commands;
        this.metrics = metrics;
        this.thresholds = thresholds;
    }

    @Scheduled(every = "${supervision.sweep-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = UntilAxonStarted.class)
    void onSchedule() {
        Instant now = clock.instant();
        sweep(WorkingDayCalendar.dayOf(now), now);
    }

    /** Asks every petition and action with something due on {@code today}; returns how many were asked. */
    public int sweep(LocalDate today, Instant at) {
        // Its count is the number of sweeps run, so an operator (and the restart test) can see the timer ticking.
        Timer.Sample running = Timer.start(metrics);
        int asked = 0;
        for (String petitionId : petitionsDue(today)) {
            asked += ask(new CheckDeadlines(petitionId, today, at), petitionId);
        }
        for (String actionId : actionsOverdue(today)) {
            asked += ask(new CheckResponseDue(actionId, today, at), actionId);
        }
        metrics.counter("supervision.sweep.asked").increment(asked);
        running.stop(metrics.timer("supervision.sweep"));
        return asked;
    }

    private int ask(Object command, String id) {
        try {
            commands.sendAndWait(command);
            return 1;
        } catch (RuntimeException e) {
            // One that cannot be swept must not stop the others; the next sweep asks it again.
            LOG.warnf(e, "could not sweep %s", id);
            metrics.counter("supervision.sweep.failures").increment();
            return 0;
        }
    }

    /**
     * Running duties not yet warned whose warning day may have come (the largest threshold of any step), not yet
     * breached past their last day, or breached and not yet checked for 督办. At most {@link #BATCH}; the next sweep
     * takes the rest.
     */
    private List<String> petitionsDue(LocalDate today) {
        int widest = Arrays.stream(ClockStep.values()).mapToInt(thresholds::warnDaysBefore).max().orElse(0);
        return QuarkusTransaction.requiringNew().call(() -> ClockView.getEntityManager().createQuery("""
                        select c.petitionId from ClockView c
                        where c.state = 'RUNNING' and c.duty = true and (
                              (c.warnedOn is null and c.breachedOn is null and c.dueDay <= :horizon)
                           or (c.breachedOn is null and c.dueDay < :today)
                           or (c.breachedOn < :superviseBy and c.supervisionChecked = false))
                        group by c.petitionId order by min(c.dueDay)""", String.class)
                .setParameter("horizon", today.plusDays(widest))
                .setParameter("today", today)
                .setParameter("superviseBy", today.minusDays(thresholds.superviseWithinDays()))
                .setMaxResults(BATCH)
                .getResultList());
    }

    private List<String> actionsOverdue(LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> ActionView.<ActionView>find(
                        "state = 'OPEN' and overdueOn is null and responseDue < ?1 order by actionId", today)
                .page(0, BATCH).list().stream().map(a -> a.actionId).toList());
    }
}
