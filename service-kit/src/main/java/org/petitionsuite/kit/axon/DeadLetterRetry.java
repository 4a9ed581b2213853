package org.petitionsuite.kit.axon;

import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;

/**
 * Retries the read model's set-aside events on a schedule ({@code processors.dead-letters.retry-every}, 5 minutes;
 * {@code off} to leave it to admins), each up to {@link DeadLetters#AUTOMATIC_ATTEMPTS} attempts in all: a failure
 * that passes (a lock, a restart) heals without anyone; one that stays waits for an admin.
 */
@Singleton
public class DeadLetterRetry {
    private final AxonApplication axon;

    DeadLetterRetry(AxonApplication axon) {
        this.axon = axon;
    }

    @Scheduled(every = "${processors.dead-letters.retry-every:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = UntilAxonStarted.class)
    void retry() {
        if (axon.deadLetterCount() > 0) {
            axon.retryDeadLetters(true);
        }
    }
}
