package org.petitionsuite.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.petitionsuite.contract.LegalChannel;

/** The petition was declined (不予受理, 条例 Art 23): national status 2, with reason, rule and the channel to use instead. */
@Revision("1")
public record PetitionDeclined(String petitionId, String placeOfMatter, String organCode, String reason, LegalChannel legalChannel, String article,
                               LocalDate noticeDue, boolean timely, String profile, String decidedBy, Instant decidedAt) {
}
