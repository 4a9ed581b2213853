package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.petitionsuite.contract.ConclusionBasis;

/** The petition was confirmed as concluded on {@code basis}; {@code firstTime}: the matter's first item. */
@Revision("1")
public record PetitionConcluded(String petitionId, String placeOfMatter, ConclusionBasis basis, String matterId,
                                boolean firstTime, String note, String concludedBy, Instant at) {
}
