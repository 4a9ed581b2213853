package org.petitionsuite.routing.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.petitionsuite.contract.LegalChannel;

/**
 * A person overrides routing's decision: another legal channel, another receiving organ, or both; the reason is
 * required. An absent channel keeps the current one; an absent organ lets the directory choose for the channel.
 */
public record OverrideRouting(@TargetAggregateIdentifier String petitionId, LegalChannel channel, String organCode,
                              String reason, String by, Instant at) {
}
