package org.petitionsuite.contract.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Data of {@code deadline.breached.v1}: a statutory duty's period ended ({@code due}) with the step not done; noticed
 * on {@code breachedOn}. Sent once per clock; the clock keeps running until the step is done ({@code deadline.met.v1}
 * with {@code timely = false}).
 */
public record DeadlineBreachedV1(String petitionId, String placeOfMatter, String clockId, String step, String article,
                                 String organCode, LocalDate due, LocalDate breachedOn, String profile,
                                 Instant breachedAt) {
}
