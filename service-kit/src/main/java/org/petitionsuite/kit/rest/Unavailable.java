package org.petitionsuite.kit.rest;

import java.net.SocketException;
import java.time.Duration;
import java.util.function.Supplier;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the service's database is away for the moment (restarting, failing over, out of
 * connections), which a caller should answer with a 503 and retry, rather than a defect (a 500).
 */
public final class Unavailable {
    private Unavailable() {
    }

    /**
     * True when the cause chain, or an exception suppressed in it, holds a socket failure, a transient connection
     * failure (a pool that could not get a connection in time), or an SQLState of class 08 (connection exception), 53
     * (insufficient resources, e.g. too many connections) or 57P (the server shutting down or starting up). A failed
     * JTA commit carries the driver's error only as a suppressed exception of its {@code RollbackException}.
     */
    public static boolean databaseUnreachable(Throwable failure) {
        return Causes.find(failure, Unavailable::connectionFailure).isPresent();
    }

    private static boolean connectionFailure(Throwable t) {
        if (t instanceof SocketException || t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.startsWith("53") || state.startsWith("57P");
        }
        return false;
    }

    /**
     * Runs {@code attempt}, and again while it fails because the database is unreachable, for at most
     * {@code patience}; then the last failure is thrown. Only for idempotent work: an attempt whose commit was cut off
     * may have been stored, and the next attempt must find it rather than store it twice.
     */
    public static <T> T retrying(Duration patience, Supplier<T> attempt) {
        long deadline = System.nanoTime() + patience.toNanos();
        long pauseMillis = 200;
        while (true) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (!databaseUnreachable(e) || System.nanoTime() + pauseMillis * 1_000_000 > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pauseMillis = Math.min(pauseMillis * 2, 1_000);
            }
        }
    }
}
