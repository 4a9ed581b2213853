package org.petitionsuite.contract.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Data of {@code deadline.approaching.v1}: a statutory duty's deadline is near (the warning threshold of its step) and
 * the step is not done. Sent once per clock. Topic {@code petition.supervision.events}, key = petitionId.
 *
 * @param clockId  the clock within the petition, e.g. {@code HANDLING#4}
 * @param step     the statutory step (petition-rules.md §1.1), e.g. {@code HANDLING}
 * @param organCode the organ whose duty it is: the delay of one level is never charged to another
 * @param due      the last day of the period, computed with the profile and calendar in force
 */
public record DeadlineApproachingV1(String petitionId, String placeOfMatter, String clockId, String step, String article,
                                    String organCode, LocalDate due, LocalDate warnedOn, String profile,
                                    Instant warnedAt) {
}
