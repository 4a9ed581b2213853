package org.petitionsuite.routing.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Intake reported that an organ accepted the petition ({@code petition.accepted.v1}); routing needs it for Art 19 ¶3. */
public record NoteAcceptance(@TargetAggregateIdentifier String petitionId, String organCode, Instant acceptedAt) {
}
