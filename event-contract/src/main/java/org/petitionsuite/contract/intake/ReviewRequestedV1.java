package org.petitionsuite.contract.intake;

import java.time.Instant;
import java.time.LocalDate;
import org.petitionsuite.contract.ReviewLevel;

/**
 * Data of {@code petition.review-requested.v1}: the petitioner asked the level above for review (复查, 条例 Art 35) or
 * re-review (复核, Art 36 ¶1) within the window; national status 8 or 12.
 *
 * @param requestedOn the day the organ received the request: the answer limit counts from it
 * @param answerDue   the last day for the written opinion
 */
public record ReviewRequestedV1(String petitionId, String placeOfMatter, ReviewLevel level, String organCode,
                                LocalDate requestedOn, LocalDate answerDue, String profile, Instant recordedAt) {
}
