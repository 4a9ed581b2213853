package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A clerk confirms a proposed repeat (重复件): the petition joins the matter of {@code repeatOf}, as if it had been
 * registered with {@code repeatOf}.
 *
 * @param repeated the matter of {@code repeatOf}, looked up in the caller's region
 */
public record JoinMatter(@TargetAggregateIdentifier String petitionId, String repeatOf, RepeatedMatter repeated,
                         String confirmedBy, Instant at) {
}
