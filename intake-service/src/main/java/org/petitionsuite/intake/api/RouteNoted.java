package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Routing's route of the petition was noted (see {@link NoteRoute}). Not republished: routing publishes it. */
@Revision("1")
public record RouteNoted(String petitionId, String organCode, String organName, String mode, Integer reportWithinDays,
                         Instant routedAt, String decisionId, java.util.List<String> accusedOrgans,
                         java.time.LocalDate noticeDue) {

    /** A route noted before routing published the notice limit (stored events, tests). */
    public RouteNoted(String petitionId, String organCode, String organName, String mode, Integer reportWithinDays,
                      Instant routedAt, String decisionId, java.util.List<String> accusedOrgans) {
        this(petitionId, organCode, organName, mode, reportWithinDays, routedAt, decisionId, accusedOrgans, null);
    }
}
