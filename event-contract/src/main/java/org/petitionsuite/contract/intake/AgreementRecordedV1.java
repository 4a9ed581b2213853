package org.petitionsuite.contract.intake;

import java.time.Instant;
import java.time.LocalDate;
import org.petitionsuite.contract.AgreementKind;

/**
 * Data of {@code petition.agreement-recorded.v1}: the matter was resolved by a mediation or settlement agreement
 * (调解协议书 / 和解协议书, 条例 Art 33). The petitioner's evaluation window opens.
 *
 * @param due    the handling limit it was measured against; {@code timely} if reached on or before it
 */
public record AgreementRecordedV1(String petitionId, String placeOfMatter, String organCode, AgreementKind kind,
                                  LocalDate agreedOn, LocalDate due, boolean timely, LocalDate evaluationDue,
                                  Instant recordedAt) {
}
