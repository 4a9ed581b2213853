package org.petitionsuite.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.petitionsuite.contract.AgreementKind;

/** The matter was resolved by agreement (条例 Art 33); {@code timely} against the handling limit {@code due}. */
@Revision("1")
public record AgreementRecorded(String petitionId, String placeOfMatter, String organCode, AgreementKind kind, String terms,
                                LocalDate agreedOn, LocalDate due, boolean timely, LocalDate evaluationDue,
                                String recordedBy, Instant at) {
}
