package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Extend the handling limit, approved by the organ's head, with the reason the petitioner is told (条例 Art 34). */
public record ExtendHandling(@TargetAggregateIdentifier String petitionId, Integer days, String reason, String approvedBy,
                             Instant at) {
}
