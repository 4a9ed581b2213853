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
import org.petitionsuite.routing.command.MatterHistory;

/** {@link MatterHistory} on routing's decision table (matters, pseudonyms, acceptances and re-reviews are projected there). */
@Singleton
public class MatterHistoryQuery implements MatterHistory {
    private static final String ACCEPTED_BELOW = """
            SELECT petition_id, accepted_by_organ, accepted_at FROM routing_decision
            WHERE accepted_at >= ? AND petition_id <> ?
              AND jsonb_exists_any(pseudonyms, ?)
              AND split_part(content_category, '_', 1) = ?
              AND accepted_region12 LIKE ? AND accepted_region12 <> ?
            ORDER BY accepted_at DESC LIMIT 1""";
    private static final String RE_REVIEW_CONCLUDED = """
            SELECT petition_id, re_review_organ, re_review_issued_at FROM routing_decision
            WHERE re_review_matter_id = ? ORDER BY re_review_issued_at LIMIT 1""";

    private final AgroalDataSource dataSource;

    MatterHistoryQuery(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Accepted> acceptedBelow(Matter matter, String petitionId, Instant since) {
        if (matter.pseudonyms() == null || matter.pseudonyms().isEmpty() || matter.registeringRegion() == null
                || matter.contentCategory() == null) {
            return Optional.empty();
        }
        DivisionCode raisedAt = DivisionCode.parse(matter.registeringRegion());
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(ACCEPTED_BELOW)) {
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

    @Override
    public Optional<ReReviewConcluded> reReviewConcluded(String matterId) {
        if (matterId == null) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(RE_REVIEW_CONCLUDED)) {
            s.setString(1, matterId);
            try (ResultSet r = s.executeQuery()) {
                return r.next()
                        ? Optional.of(new ReReviewConcluded(r.getString(1), r.getString(2), r.getTimestamp(3).toInstant()))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up concluded re-reviews", e);
        }
    }
}
