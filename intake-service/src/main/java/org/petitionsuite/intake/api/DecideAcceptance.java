package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.petitionsuite.contract.LegalChannel;

/**
 * The authority the petition was routed to decides whether it accepts it (受理 / 不予受理, 条例 Art 23). A decline gives
 * the reason, the rule it rests on and the legal channel the petitioner should use instead.
 *
 * @param organCode the deciding organ (the receiving organ of the route)
 */
public record DecideAcceptance(@TargetAggregateIdentifier String petitionId, boolean accept, String reason,
                               LegalChannel legalChannel, String article, String organCode, String decidedBy,
                               Instant decidedAt) {
}
