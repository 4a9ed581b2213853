package org.petitionsuite.contract.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Data of {@code supervision.action-issued.v1}: a 督办 order or one of the three recommendations of Art 40 was issued
 * to an organ, with the linked petitions and the due date of its written response. Key = actionId (an action on an
 * organ need not concern one petition). The reasons stay in supervision.
 */
public record ActionIssuedV1(String actionId, ActionKind kind, String article, String organCode, String regionCode,
                             List<String> petitionIds, LocalDate responseDue, String issuedBy, Instant issuedAt) {
}
