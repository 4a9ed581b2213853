package org.petitionsuite.kit.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
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
    }

    @Test
    void aDefectIsNot() {
        assertFalse(Unavailable.databaseUnreachable(new NullPointerException()));
        assertFalse(Unavailable.databaseUnreachable(new SQLException("duplicate key", "23505")));
        assertFalse(Unavailable.databaseUnreachable(new SQLException("syntax error", "42601")));
        assertFalse(Unavailable.databaseUnreachable(new SQLException("no state")));
    }
}
