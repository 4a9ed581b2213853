package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The petition department confirms the petition as concluded (审核认定办结, national status 15). */
public record Conclude(@TargetAggregateIdentifier String petitionId, String note, String concludedBy, Instant at) {
}
