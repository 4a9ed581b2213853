package org.petitionsuite.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.petitionsuite.contract.ReviewLevel;

/** Review or re-review was asked for in time (national status 8 / 12); the answer is due on {@code answerDue}. */
@Revision("1")
public record ReviewRequested(String petitionId, String placeOfMatter, ReviewLevel level, String organCode,
                              String organName, LocalDate requestedOn, String request, LocalDate answerDue,
                              String profile, String recordedBy, Instant at) {
}
