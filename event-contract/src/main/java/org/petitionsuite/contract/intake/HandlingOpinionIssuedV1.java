package org.petitionsuite.contract.intake;

import java.time.Instant;
import java.time.LocalDate;
import org.petitionsuite.contract.HandlingOutcome;

/**
 * Data of {@code petition.handling-opinion-issued.v1}: the handling organ issued its written handling opinion (信访处理
 * 意见书, 条例 Art 31(六), Art 32), stating facts, decision and legal basis. The petitioner may ask for review within
 * the review window from receipt (Art 35). Schema: {@code schemas/petition.handling-opinion-issued.v1.schema.json}.
 *
 * @param due    the last day of the handling limit, extensions included (Art 34)
 * @param timely issued on or before {@code due} (按期办结)
 * @param servedOn the day the petitioner received it; the review window counts from it
 * @param reviewRequestDue the last day to ask for review (Art 35)
 * @param evaluationDue the last day of the satisfaction evaluation window
 */
public record HandlingOpinionIssuedV1(String petitionId, String placeOfMatter, String organCode, HandlingOutcome outcome,
                                      LocalDate due, boolean timely, String profile, Instant issuedAt,
                                      LocalDate servedOn, LocalDate reviewRequestDue, LocalDate evaluationDue) {
}
