package org.petitionsuite.routing.command;

import java.time.Instant;
import java.util.Optional;
import org.petitionsuite.routing.catalog.Matter;

/**
 * The matters organs have accepted, as routing knows them: what 条例 Art 19 ¶3 needs ("the same matter, accepted
 * below and being handled within the period, is not accepted above").
 */
public interface AcceptedMatters {

    /** An accepted matter with the same petitioner and top-level category, accepted since {@code since}. */
    record Accepted(String petitionId, String organCode, Instant acceptedAt) {
    }

    /**
     * The same matter accepted by an organ strictly below the level {@code matter} was raised at, or empty.
     * "Same matter" is the same petitioner (pseudonym) and the same top-level content category [U].
     */
    Optional<Accepted> acceptedBelow(Matter matter, String petitionId, Instant since);
}
