package org.petitionsuite.supervision.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The handling limit was extended with approval (Art 34); {@code totalDays} of extension so far. */
@Revision("1")
public record ClockExtended(String petitionId, String clockId, int totalDays, String sourceId, Instant at) {
}
