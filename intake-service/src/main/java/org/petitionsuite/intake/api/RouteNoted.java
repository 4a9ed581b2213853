package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Routing's route of the petition was noted (see {@link NoteRoute}). Not republished: routing publishes it. */
@Revision("1")
public record RouteNoted(String petitionId, String organCode, String organName, String mode, Integer reportWithinDays,
                         Instant routedAt, String decisionId, java.util.List<String> accusedOrgans) {
}
