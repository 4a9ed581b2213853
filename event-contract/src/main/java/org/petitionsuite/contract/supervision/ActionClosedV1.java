package org.petitionsuite.contract.supervision;

import java.time.Instant;

/** Data of {@code supervision.action-closed.v1}: the supervisor closed the action after its response (跟踪到位). */
public record ActionClosedV1(String actionId, ActionKind kind, String organCode, String closedBy, Instant closedAt) {
}
