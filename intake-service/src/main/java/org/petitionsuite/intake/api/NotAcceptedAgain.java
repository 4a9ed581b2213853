package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Registered, but not accepted again: its matter's re-review is concluded (不再受理, 条例 Art 36 ¶3; status 6). */
@Revision("1")
public record NotAcceptedAgain(String petitionId, String placeOfMatter, String matterId, String earlierPetitionId,
                               String article, Instant at) {
}
