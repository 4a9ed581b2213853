package org.petitionsuite.routing.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Intake reported a re-review opinion (复核意见) on the petition ({@code petition.review-opinion-issued.v1}, level
 * {@code RE_REVIEW}); routing needs it for Art 36 ¶3.
 */
public record NoteReReviewConcluded(@TargetAggregateIdentifier String petitionId, String matterId, String organCode,
                                    Instant issuedAt) {
}
