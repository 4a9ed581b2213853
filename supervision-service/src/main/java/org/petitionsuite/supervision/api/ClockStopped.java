package org.petitionsuite.supervision.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The clock stopped on {@code on}: its step was {@code DONE}, or it was {@code CANCELLED} (re-routed, objected to,
 * concluded) and nobody is charged with it.
 */
@Revision("1")
public record ClockStopped(String petitionId, String clockId, Outcome outcome, LocalDate on, String sourceId,
                           Instant at) {

    public enum Outcome {
        DONE, CANCELLED
    }
}
