package org.petitionsuite.contract.intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Data of {@code petition.handling-extended.v1}: the handling limit was extended with the approval of the organ's head,
 * and the petitioner told why (条例 Art 34). Schema: {@code schemas/petition.handling-extended.v1.schema.json}.
 *
 * @param totalExtensionDays all extensions so far, never more than the profile allows (national: 30)
 * @param due                the new last day of the handling limit
 */
public record HandlingExtendedV1(String petitionId, String placeOfMatter, int days, int totalExtensionDays, LocalDate due,
                                 String reason, String approvedBy, Instant extendedAt) {
}
