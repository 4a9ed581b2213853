package org.petitionsuite.contract.intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Data of {@code petition.hearing-recorded.v1}: a hearing (听证) was held, during handling (条例 Art 31(六)) or during
 * re-review (Art 36 ¶2, where its days do not count towards the re-review limit).
 *
 * @param stage     {@code HANDLING} or {@code RE_REVIEW}
 * @param answerDue the stage's due date after the hearing: moved past the hearing days for {@code RE_REVIEW},
 *                  unchanged for {@code HANDLING}
 */
public record HearingRecordedV1(String petitionId, String placeOfMatter, String stage, LocalDate from, LocalDate to,
                                LocalDate answerDue, Instant recordedAt) {
}
