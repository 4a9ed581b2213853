package org.petitionsuite.supervision.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Routing found that the matter accuses these organs (条例 Art 30 ¶3, {@code accusedOrgans} of petition.routed.v1):
 * none of them is the target of a 督办 order or recommendation on it, nor sees its clocks. Supervision only notes it.
 */
@Revision("1")
public record AccusationNoted(String petitionId, List<String> accusedOrgans) {
}
