package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.petitionsuite.contract.ReviewLevel;
import org.petitionsuite.contract.ReviewOutcome;

/**
 * Issue the written review (复查意见, 条例 Art 35) or re-review opinion (复核意见, Art 36).
 */
public record IssueReviewOpinion(@TargetAggregateIdentifier String petitionId, ReviewLevel level, ReviewOutcome outcome,
                                 String factsFound, String decision, String legalBasis, String organCode, String issuedBy, Instant issuedAt) {
}
