package org.petitionsuite.kit.axon;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;

/**
 * For {@code @Scheduled(skipExecutionIf = UntilAxonStarted.class)}: the scheduler starts with Quarkus and may tick
 * before the start-up observer has started Axon; those ticks are skipped instead of failing.
 */
@Singleton
public class UntilAxonStarted implements Scheduled.SkipPredicate {
    private final AxonApplication axon;

    UntilAxonStarted(AxonApplication axon) {
        this.axon = axon;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !axon.started();
    }
}
