package org.petitionsuite.routing.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The receiving organ objects that the matter is not within its powers (条例 Art 23 ¶3), with detailed reasons. */
public record ObjectToRouting(@TargetAggregateIdentifier String petitionId, String organCode, String reasons, Instant at) {
}
