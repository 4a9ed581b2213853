package org.petitionsuite.contract.intake;

import java.time.Instant;
import java.time.LocalDate;
import org.petitionsuite.contract.ReviewLevel;
import org.petitionsuite.contract.ReviewOutcome;

/**
 * Data of {@code petition.review-opinion-issued.v1}: the review (复查意见, 条例 Art 35) or re-review opinion (复核意见,
 * Art 36) was issued in writing; national status 9 or 13. The text stays in intake.
 *
 * @param due            the answer limit (re-review: hearing days not counted); {@code timely} if issued on or before it
 * @param servedOn       the day the petitioner received it: the next window counts from it
 * @param nextRequestDue for {@code REVIEW}: the last day to ask for re-review; null for {@code RE_REVIEW}, after
 *                       which the same facts and reasons are not accepted again (Art 36 ¶3)
 */
public record ReviewOpinionIssuedV1(String petitionId, String placeOfMatter, ReviewLevel level, String organCode,
                                    ReviewOutcome outcome, LocalDate due, boolean timely, LocalDate servedOn,
                                    LocalDate nextRequestDue, String matterId, String profile, Instant issuedAt) {
}
