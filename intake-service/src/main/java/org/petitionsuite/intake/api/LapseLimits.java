package org.petitionsuite.intake.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Note every statutory limit of the petition that ended before {@code today} with its step not taken. */
public record LapseLimits(@TargetAggregateIdentifier String petitionId, LocalDate today) {
}
