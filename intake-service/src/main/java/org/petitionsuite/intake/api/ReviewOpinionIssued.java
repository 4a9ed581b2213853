package org.petitionsuite.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.petitionsuite.contract.ReviewLevel;
import org.petitionsuite.contract.ReviewOutcome;

/**
 * The review or re-review opinion was issued (national status 9 / 13). {@code nextRequestDue} is the last day to ask
 * for re-review after a review; null after a re-review (Art 36 ¶3).
 */
@Revision("1")
public record ReviewOpinionIssued(String petitionId, String placeOfMatter, ReviewLevel level, String organCode,
                                  ReviewOutcome outcome, String factsFound, String decision, String legalBasis,
                                  LocalDate due, boolean timely, LocalDate servedOn, LocalDate nextRequestDue,
                                  String matterId, String profile, String issuedBy, Instant issuedAt) {
}
