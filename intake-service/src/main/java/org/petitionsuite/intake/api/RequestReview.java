package org.petitionsuite.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.petitionsuite.contract.ReviewLevel;

/**
 * Record the petitioner's request for review (复查, 条例 Art 35) or re-review (复核, Art 36 ¶1), received by the organ one
 * level above on {@code requestedOn}.
 */
public record RequestReview(@TargetAggregateIdentifier String petitionId, ReviewLevel level, String organCode,
                            String organName, LocalDate requestedOn, String request, String recordedBy, Instant at) {
}
