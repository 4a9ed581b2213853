package org.petitionsuite.supervision.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.petitionsuite.supervision.clock.ClockStep;

/**
 * A clock started for {@code organCode} on {@code startDay}.
 *
 * @param periodDays for ASSIGNMENT_REPORT, the days the petition department set; null otherwise
 * @param due        the last day as its owner decided and published it (routing for T4 and T5, intake for the
 *                   procedure's later steps; event-contract's README, "One owner per deadline"); null where
 *                   supervision owns it (T1, T2) or the owner's record predates the field: then it is computed from
 *                   the profile and calendar in force whenever needed, so a corrected calendar re-computes it on replay
 */
@Revision("1")
public record ClockStarted(String petitionId, String clockId, ClockStep step, String organCode, String placeOfMatter,
                           LocalDate startDay, Integer periodDays, String sourceId, Instant at, LocalDate due) {

    public ClockStarted(String petitionId, String clockId, ClockStep step, String organCode, String placeOfMatter,
                        LocalDate startDay, Integer periodDays, String sourceId, Instant at) {
        this(petitionId, clockId, step, organCode, placeOfMatter, startDay, periodDays, sourceId, at, null);
    }
}
