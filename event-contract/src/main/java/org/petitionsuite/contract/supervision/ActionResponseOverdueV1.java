package org.petitionsuite.contract.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** Data of {@code supervision.action-response-overdue.v1}: the written response was not in by its due date; sent once. */
public record ActionResponseOverdueV1(String actionId, ActionKind kind, String organCode, LocalDate responseDue,
                                      LocalDate overdueOn, Instant recordedAt) {
}
