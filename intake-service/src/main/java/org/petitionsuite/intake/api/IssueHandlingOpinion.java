package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.petitionsuite.contract.HandlingOutcome;

/**
 * Issue the written handling opinion (信访处理意见书, 条例 Art 31(六), Art 32): the facts found, the decision and its legal
 * basis, with one of the three outcomes.
 */
public record IssueHandlingOpinion(@TargetAggregateIdentifier String petitionId, HandlingOutcome outcome, String factsFound,
                                   String decision, String legalBasis, String organCode, String issuedBy, Instant issuedAt) {
}
