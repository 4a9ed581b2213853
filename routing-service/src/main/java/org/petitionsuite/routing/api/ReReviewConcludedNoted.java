package org.petitionsuite.routing.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The re-review opinion on this petition concluded its matter (from intake). Internal, not published: intake publishes
 * the opinion itself.
 */
@Revision("1")
public record ReReviewConcludedNoted(String petitionId, String matterId, String organCode, Instant issuedAt) {
}
