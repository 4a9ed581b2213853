package org.petitionsuite.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The petition was accepted (受理, 条例 Art 23): national status 3. {@code timely} records whether within the
 * acceptance-notice limit of the place's profile ({@code noticeDue}), for 及时受理率 and the Art 44(3) defect.
 * {@code handlingDue} is the last day of the handling limit, which counts from acceptance (Art 34); null when the
 * matter was accepted into another channel's own procedure, which the limit does not govern (Art 31(一)–(五), 29, 30).
 */
@Revision("1")
public record PetitionAccepted(String petitionId, String placeOfMatter, String organCode, String reason, String limitArticle, LocalDate noticeDue,
                               boolean timely, String profile, String decidedBy, Instant decidedAt, LocalDate handlingDue) {
}
