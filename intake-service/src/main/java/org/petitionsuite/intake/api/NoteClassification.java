package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;

/**
 * Record on the petition the classification routing decided ({@code petition.classified.v1}), so that intake's read
 * model shows the kind and legal channel. Routing decides; intake only notes.
 *
 * @param decisionId {@code ce_id} of routing's event: noting the same decision twice changes nothing
 */
public record NoteClassification(@TargetAggregateIdentifier String petitionId, PetitionKind kind, LegalChannel channel,
                                 String article, String catalogVersion, String ruleId, Instant classifiedAt,
                                 String decisionId) {
}
