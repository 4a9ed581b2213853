package org.petitionsuite.routing.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An organ accepted the petition (from intake). Internal, not published: intake publishes the acceptance itself.
 *
 * @param organRegion the accepting organ's division, from the authority directory (null if the directory lacks it)
 */
@Revision("1")
public record AcceptanceNoted(String petitionId, String organCode, String organRegion, Instant acceptedAt) {
}
