package org.petitionsuite.intake.it;

import java.util.List;
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

    /**
     * How many places hold {@code text} in clear, as raw bytes: the petition's stored events (payload and metadata) and
     * its rows in the read model and documents.
     */
    long clearOccurrences(String petitionId, String text) {
        return scan(petitionId, text, List.of(EVENTS,
                "SELECT convert_to(v::text, 'UTF8'), NULL::bytea FROM petition_view v WHERE petition_id = ?",
                "SELECT convert_to(d::text, 'UTF8'), NULL::bytea FROM petition_document d WHERE petition_id = ?"));
    }

    /** As {@link #clearOccurrences}, in the petition's stored events only. */
    long clearOccurrencesInEvents(String petitionId, String text) {
        return scan(petitionId, text, List.of(EVENTS));
    }

    private static final String EVENTS = "SELECT payload, meta_data FROM domain_event_entry WHERE aggregate_identifier = ?";

    private long scan(String petitionId, String text, List<String> queries) {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long found = 0;
        for (String sql : queries) {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, petitionId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        for (int column = 1; column <= 2; column++) {
                            byte[] bytes = r.getBytes(column);
                            if (bytes != null && indexOf(bytes, needle) >= 0) {
                                found++;
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** Whether the petition's data key is destroyed, and why. */
    String erasureReason(String petitionId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT erasure_reason FROM personal_data_key WHERE petition_id = ? AND wrapped_key IS NULL")) {
            s.setString(1, petitionId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
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
