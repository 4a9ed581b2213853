package org.petitionsuite.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The handling limit was extended (条例 Art 34); {@code due} is the new last day. */
@Revision("1")
public record HandlingExtended(String petitionId, String placeOfMatter, int days, int totalExtensionDays, LocalDate due,
                               String reason, String approvedBy, Instant at) {
}
