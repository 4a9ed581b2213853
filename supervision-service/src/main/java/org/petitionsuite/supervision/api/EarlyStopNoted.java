package org.petitionsuite.supervision.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.petitionsuite.supervision.clock.ClockStep;

/**
 * A step was done before supervision saw it start: intake's and routing's topics are read independently, so e.g. an
 * acceptance may arrive before the route it answers. When the clock starts, it stops at once on {@code on}.
 *
 * @param organCode the organ whose clock it stops; null for any
 */
@Revision("1")
public record EarlyStopNoted(String petitionId, ClockStep step, String organCode, LocalDate on, String sourceId,
                             Instant at) {
}
