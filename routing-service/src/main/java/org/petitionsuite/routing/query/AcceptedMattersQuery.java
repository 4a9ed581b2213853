package org.petitionsuite.routing.query;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.routing.catalog.Matter;
import org.petitionsuite.routing.command.AcceptedMatters;

/** {@link AcceptedMatters} on routing's decision table (matters, pseudonyms and acceptances are projected there). */
@Singleton
public class AcceptedMattersQuery implements AcceptedMatters {
    private static final String SQL = """
            SELECT petition_id, accepted_by_organ, accepted_at FROM routing_decision
            WHERE accepted_at >= ? AND petition_id <> ?
              AND jsonb_exists_any(pseudonyms, ?)
              AND split_part(content_category, '_', 1) = ?
              AND accepted_region12 LIKE ? AND accepted_region12 <> ?
            ORDER BY accepted_at DESC LIMIT 1""";

    private final AgroalDataSource dataSource;

    AcceptedMattersQuery(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Accepted> acceptedBelow(Matter matter, String petitionId, Instant since) {
        if (matter.pseudonyms() == null || matter.pseudonyms().isEmpty() || matter.registeringRegion() == null
                || matter.contentCategory() == null) {
            return Optional.empty();
        }
        DivisionCode raisedAt = DivisionCode.parse(matter.registeringRegion());
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SQL)) {
            Array pseudonyms = c.createArrayOf("text", matter.pseudonyms().toArray());
            s.setTimestamp(1, Timestamp.from(since));
            s.setString(2, petitionId);
            s.setArray(3, pseudonyms);
            s.setString(4, matter.contentCategory().split("_", 2)[0]);
            s.setString(5, raisedAt.scopePrefix() + "%");
            s.setString(6, raisedAt.twelveDigits());
            try (ResultSet r = s.executeQuery()) {
                return r.next()
                        ? Optional.of(new Accepted(r.getString(1), r.getString(2), r.getTimestamp(3).toInstant()))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up accepted matters", e);
        }
    }
}
