package org.petitionsuite.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a hearing (听证) that was held: during handling (条例 Art 31(六)) or during re-review (Art 36 ¶2, where its days
 * do not count towards the re-review limit).
 */
public record RecordHearing(@TargetAggregateIdentifier String petitionId, LocalDate from, LocalDate to, String summary,
                            String recordedBy, Instant at) {
}
