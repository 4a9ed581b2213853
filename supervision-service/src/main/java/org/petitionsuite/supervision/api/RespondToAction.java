package org.petitionsuite.supervision.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.petitionsuite.contract.supervision.Adoption;

/** The organ's written response; for a recommendation, with what it adopted (Art 40 ¶4). */
public record RespondToAction(@TargetAggregateIdentifier String actionId, String organCode, String text,
                              Adoption adoption, String by, Instant at) {
}
