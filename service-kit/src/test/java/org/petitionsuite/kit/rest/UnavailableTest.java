package org.petitionsuite.kit.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class UnavailableTest {
    @Test
    void aDatabaseAwayIsUnavailable() {
        // PostgreSQL's states as the driver reports them, wrapped as Axon and Hibernate wrap them.
        assertTrue(Unavailable.databaseUnreachable(new RuntimeException("Failed to create a SQL statement",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertTrue(Unavailable.databaseUnreachable(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(Unavailable.databaseUnreachable(new SQLException("the database system is starting up", "57P03")));
        assertTrue(Unavailable.databaseUnreachable(new SQLException("too many connections", "53300")));
        assertTrue(Unavailable.databaseUnreachable(new IllegalStateException(new ConnectException("Connection refused"))));
        assertTrue(Unavailable.databaseUnreachable(new SQLTransientConnectionException("acquisition timeout")));
        // A cut-off JTA commit: Narayana's RollbackException holds the driver's error as a suppressed exception.
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new Exception("Error trying to transactionCommit local transaction",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertTrue(Unavailable.databaseUnreachable(new IllegalStateException("JTA commit failed", rollback)));
    }

    @Test
    void aDefectIsNot() {
        assertFalse(Unavailable.databaseUnreachable(new NullPointerException()));
        assertFalse(Unavailable.databaseUnreachable(new SQLException("duplicate key", "23505")));
        assertFalse(Unavailable.databaseUnreachable(new SQLException("syntax error", "42601")));
        assertFalse(Unavailable.databaseUnreachable(new SQLException("no state")));
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("duplicate key", "23505"));
        assertFalse(Unavailable.databaseUnreachable(new IllegalStateException("JTA commit failed", rollback)));
    }

    @Test
    void retriesWhileTheDatabaseIsAwayThenAnswers() {
        AtomicInteger attempts = new AtomicInteger();
        String answer = Unavailable.retrying(Duration.ofSeconds(5), () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException(new SQLException("the database system is starting up", "57P03"));
            }
            return "registered";
        });
        assertEquals("registered", answer);
        assertEquals(3, attempts.get());
    }

    @Test
    void aDefectIsNotRetriedAndAnOutageOnlyUntilPatienceRunsOut() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalArgumentException defect = new IllegalArgumentException("bad");
        assertSame(defect, assertThrows(IllegalArgumentException.class, () -> Unavailable.retrying(Duration.ofSeconds(5), () -> {
            attempts.incrementAndGet();
            throw defect;
        })));
        assertEquals(1, attempts.get());

        attempts.set(0);
        assertThrows(IllegalStateException.class, () -> Unavailable.retrying(Duration.ofMillis(1000), () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException(new SQLException("connection refused", "08001"));
        }));
        // Pauses of 200 and 400 ms fit in 1,000 ms; the next (800 ms) would not.
        assertEquals(3, attempts.get());
    }
}
