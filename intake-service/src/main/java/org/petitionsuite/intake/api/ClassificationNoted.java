package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;

/** Routing's classification of the petition was noted (see {@link NoteClassification}). Not republished: routing publishes it. */
@Revision("1")
public record ClassificationNoted(String petitionId, PetitionKind kind, LegalChannel channel, String article,
                                  String catalogVersion, String ruleId, Instant classifiedAt, String decisionId) {
}
