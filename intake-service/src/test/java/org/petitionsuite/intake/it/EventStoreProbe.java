package org.petitionsuite.intake.it;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads intake's event store and read model directly, to check what was (not) stored. */
@ApplicationScoped
public class EventStoreProbe {
    private final AgroalDataSource dataSource;

    EventStoreProbe(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    long eventsOf(String petitionId) {
        return count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", petitionId);
    }

    long allEvents() {
        return count("SELECT count(*) FROM domain_event_entry");
    }

    long petitions() {
        return count("SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry");
    }

    long readModelRows() {
        return count("SELECT count(*) FROM petition_view");
    }

    /** Damages the read model behind the service's back, as a lost or corrupted projection would. */
    void deleteReadModelRow(String petitionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM petition_view WHERE petition_id = ?")) {
            s.setString(1, petitionId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, String... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
