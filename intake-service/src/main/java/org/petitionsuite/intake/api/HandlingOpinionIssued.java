package org.petitionsuite.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.petitionsuite.contract.HandlingOutcome;

/**
 * The handling opinion was issued (national status 4 已作出处理意见); {@code timely} against {@code due} (按期办结).
 * Revision 2 adds the day it was served and the review and evaluation windows that count from it.
 */
@Revision("2")
public record HandlingOpinionIssued(String petitionId, String placeOfMatter, String organCode, HandlingOutcome outcome,
                                    String factsFound, String decision, String legalBasis, LocalDate due, boolean timely,
                                    String profile, String issuedBy, Instant issuedAt,
                                    LocalDate servedOn, LocalDate reviewRequestDue, LocalDate evaluationDue) {
}
