package org.petitionsuite.supervision.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.petitionsuite.contract.supervision.ActionKind;

/**
 * Issue a 督办 order or a recommendation to an organ, in writing (its letter: 督办函, 建议书).
 *
 * @param regionCode  the region the action concerns: who may see and follow it
 * @param petitionIds the petitions it is about (required for 追究责任建议, Art 40 ¶3)
 * @param organName   the organ's name as the letter addresses it; its code when not given
 * @param issuerName  the issuing petition department's name as the letter is signed; when not given, the region's
 *                    信访部门 by code
 */
public record IssueAction(@TargetAggregateIdentifier String actionId, ActionKind kind, String organCode,
                          String regionCode, List<String> petitionIds, String reasons, LocalDate responseDue,
                          String issuedBy, Instant at, String organName, String issuerName) {

    /** An action issued without names: the letter names the organ and the department by code. */
    public IssueAction(String actionId, ActionKind kind, String organCode, String regionCode, List<String> petitionIds,
                       String reasons, LocalDate responseDue, String issuedBy, Instant at) {
        this(actionId, kind, organCode, regionCode, petitionIds, reasons, responseDue, issuedBy, at, null, null);
    }
}
