package org.petitionsuite.routing.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Routing forgot these pseudonyms of the matter's petitioners (个人信息保护法 Art 47). Internal: not published. */
@Revision("1")
public record PetitionersForgotten(String petitionId, List<String> pseudonyms, Instant erasedAt) {
}
