package org.petitionsuite.kit.rest;

import java.net.SocketException;
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
     * True when the cause chain holds a socket failure, a transient connection failure (a pool that could not get a
     * connection in time), or an SQLState of class 08 (connection exception), 53 (insufficient resources, e.g. too
     * many connections) or 57P (the server shutting down or starting up).
     */
    public static boolean databaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SocketException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
