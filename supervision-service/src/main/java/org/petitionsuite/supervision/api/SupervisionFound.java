package org.petitionsuite.supervision.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The breach of this clock was followed by 督办 (an action names the petition), or no petition department is known to
 * charge: no SUPERVISION_NOT_PERFORMED defect (Art 43).
 */
@Revision("1")
public record SupervisionFound(String petitionId, String clockId, Instant at) {
}
