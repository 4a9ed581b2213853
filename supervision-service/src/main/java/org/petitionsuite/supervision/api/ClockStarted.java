package org.petitionsuite.supervision.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.petitionsuite.supervision.clock.ClockStep;

/**
 * A clock started for {@code organCode} on {@code startDay}. Holds no deadline: the deadline is computed from the
 * profile and calendar in force whenever it is needed, so a corrected calendar re-computes it on replay.
 *
 * @param periodDays for ASSIGNMENT_REPORT, the days the petition department set; null otherwise
 */
@Revision("1")
public record ClockStarted(String petitionId, String clockId, ClockStep step, String organCode, String placeOfMatter,
                           LocalDate startDay, Integer periodDays, String sourceId, Instant at) {
}
