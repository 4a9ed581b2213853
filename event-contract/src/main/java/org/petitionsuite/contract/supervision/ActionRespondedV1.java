package org.petitionsuite.contract.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Data of {@code supervision.action-responded.v1}: the organ answered in writing; for a recommendation, with what it
 * adopted (Art 40 ¶4). {@code timely} if answered on or before {@code responseDue}. The text stays in supervision.
 *
 * @param adoption null for a 督办 order
 */
public record ActionRespondedV1(String actionId, ActionKind kind, String organCode, Adoption adoption,
                                LocalDate responseDue, boolean timely, Instant respondedAt) {
}
