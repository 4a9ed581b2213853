package org.petitionsuite.supervision.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The supervisor closes the action after its response. */
public record CloseAction(@TargetAggregateIdentifier String actionId, String by, String note, Instant at) {
}
