package org.petitionsuite.contract.routing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Data of {@code petition.routing-objected.v1}: the organ a petition was forwarded or assigned to objected that it is
 * not within its powers, with detailed reasons, within 5 working days of receipt (条例 Art 23 ¶3). A new
 * {@code petition.routed.v1} that leaves that organ out follows.
 *
 * @param receivedOn the day the organ received the matter (the day it was routed)
 * @param lastDay    the fifth working day after it, the last day an objection was allowed
 */
public record RoutingObjectedV1(
        String petitionId,
        String organCode,
        String reasons,
        LocalDate receivedOn,
        LocalDate lastDay,
        Instant objectedAt) {
}
