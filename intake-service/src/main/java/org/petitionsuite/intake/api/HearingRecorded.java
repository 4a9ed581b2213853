package org.petitionsuite.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.petitionsuite.contract.PetitionStatus;

/**
 * A hearing was held ({@code stage} HANDLING or RE_REVIEW). {@code answerDue} is the stage's due date after it; for
 * a re-review it moves past the hearing days (Art 36 ¶2), which can bring an overdue re-review back within its limit:
 * {@code status} is the petition's status afterwards.
 */
@Revision("1")
public record HearingRecorded(String petitionId, String placeOfMatter, String stage, LocalDate from, LocalDate to,
                              String summary, LocalDate answerDue, PetitionStatus status, String recordedBy, Instant at) {
}
