package org.petitionsuite.supervision.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Days from {@code from} to {@code to} do not count (a hearing during re-review, Art 36 ¶2); {@code due} is the answer's
 * new last day as intake decided it (null in records before it was taken).
 */
@Revision("1")
public record ClockPaused(String petitionId, String clockId, LocalDate from, LocalDate to, String sourceId,
                          Instant at, LocalDate due) {

    public ClockPaused(String petitionId, String clockId, LocalDate from, LocalDate to, String sourceId, Instant at) {
        this(petitionId, clockId, from, to, sourceId, at, null);
    }
}
