package org.petitionsuite.supervision.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The sweep asks an open action whether its response is overdue on {@code today}. */
public record CheckResponseDue(@TargetAggregateIdentifier String actionId, LocalDate today, Instant at) {
}
