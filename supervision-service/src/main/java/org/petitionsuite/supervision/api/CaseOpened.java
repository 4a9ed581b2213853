package org.petitionsuite.supervision.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The petition was registered (from intake): where, by which petition department, received and registered when. */
@Revision("1")
public record CaseOpened(String petitionId, String placeOfMatter, String registeringOrgan, LocalDate receivedOn,
                         LocalDate registeredOn, String sourceId, Instant at) {
}
