package org.petitionsuite.routing.command;

import java.time.Instant;
import java.util.Optional;
import org.petitionsuite.routing.catalog.Matter;

/**
 * What routing knows of earlier petitions on the same matter, for the two guards that look back: 条例 Art 19 ¶3 ("the
 * same matter, accepted below and being handled within the period, is not accepted above") and Art 36 ¶3 (a matter
 * whose re-review is concluded is not accepted again on the same facts and reasons).
 */
public interface MatterHistory {

    /** An accepted matter with the same petitioner and top-level category, accepted since {@code since}. */
    record Accepted(String petitionId, String organCode, Instant acceptedAt) {
    }

    /** The petition on which the re-review opinion (复核意见) concluding a matter was issued, by whom and when. */
    record ReReviewConcluded(String petitionId, String organCode, Instant issuedAt) {
    }

    /**
     * The same matter accepted by an organ strictly below the level {@code matter} was raised at, or empty.
     * "Same matter" is the same petitioner (pseudonym) and the same top-level content category [U].
     */
    Optional<Accepted> acceptedBelow(Matter matter, String petitionId, Instant since);

    /**
     * The re-review that concluded the matter {@code matterId}, or empty. "Same matter" is intake's matter id: the
     * registering clerk joined the petition to the earlier one (件 / 事项), which is how "the same facts and reasons" is
     * recorded.
     */
    Optional<ReReviewConcluded> reReviewConcluded(String matterId);
}
