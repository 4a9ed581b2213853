package org.petitionsuite.contract.routing;

import java.time.Instant;
import org.petitionsuite.contract.LegalChannel;

/**
 * Data of {@code petition.routing-overridden.v1}: a person overrode routing's decision, with the reason they must give
 * (people stay in charge; the catalog only proposes). The new decision follows as {@code petition.classified.v1} and
 * {@code petition.routed.v1} with rule {@code operator-override}.
 *
 * @param by subject of the operator's token
 */
public record RoutingOverriddenV1(
        String petitionId,
        String by,
        String reason,
        LegalChannel previousChannel,
        String previousOrganCode,
        LegalChannel channel,
        String organCode,
        Instant overriddenAt) {
}
