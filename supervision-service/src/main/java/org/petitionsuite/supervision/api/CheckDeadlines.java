package org.petitionsuite.supervision.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The sweep asks the petition's clocks what is due on {@code today} (warnings, breaches, unperformed 督办). */
public record CheckDeadlines(@TargetAggregateIdentifier String petitionId, LocalDate today, Instant at) {
}
