package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The petition joined the matter (信访事项) of an earlier one, confirmed by a clerk after registration. */
@Revision("1")
public record MatterJoined(String petitionId, String placeOfMatter, String matterId, String repeatOf, String confirmedBy,
                           Instant at) {
}
