package org.petitionsuite.supervision.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The handling limit was extended with approval (Art 34); {@code totalDays} of extension so far, and the new last day
 * as intake decided it ({@code due}; null in records before it was taken).
 */
@Revision("1")
public record ClockExtended(String petitionId, String clockId, int totalDays, String sourceId, Instant at, LocalDate due) {

    public ClockExtended(String petitionId, String clockId, int totalDays, String sourceId, Instant at) {
        this(petitionId, clockId, totalDays, sourceId, at, null);
    }
}
