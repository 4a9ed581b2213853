package org.petitionsuite.supervision.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.petitionsuite.contract.supervision.ActionKind;

/**
 * Issue a 督办 order or a recommendation to an organ.
 *
 * @param regionCode  the region the action concerns: who may see and follow it
 * @param petitionIds the petitions it is about (required for 追究责任建议, Art 40 ¶3)
 */
public record IssueAction(@TargetAggregateIdentifier String actionId, ActionKind kind, String organCode,
                          String regionCode, List<String> petitionIds, String reasons, LocalDate responseDue,
                          String issuedBy, Instant at) {
}
