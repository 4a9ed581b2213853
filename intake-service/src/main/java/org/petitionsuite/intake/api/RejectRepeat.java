package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A clerk rejects a proposed repeat: {@code candidateId} is not the same matter. */
public record RejectRepeat(@TargetAggregateIdentifier String petitionId, String candidateId, String rejectedBy, Instant at) {
}
