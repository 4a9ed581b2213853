package org.petitionsuite.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record on the petition that the organ it was sent to objected ({@code petition.routing-objected.v1}, 条例 Art 23 ¶3):
 * routing decided it was in time and routes again; intake issues the organ's 异议函 to the petition department.
 *
 * @param decisionId {@code ce_id} of routing's event: noting the same objection twice changes nothing
 */
public record NoteObjection(@TargetAggregateIdentifier String petitionId, String organCode, String reasons,
                            LocalDate receivedOn, LocalDate lastDay, Instant objectedAt, String decisionId) {
}
