package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.petitionsuite.contract.EvaluationTarget;
import org.petitionsuite.contract.Satisfaction;

/** The petitioner's satisfaction evaluation of the petition department or the responsible unit. */
public record Evaluate(@TargetAggregateIdentifier String petitionId, EvaluationTarget target, Satisfaction satisfaction,
                       String comment, String evaluatedBy, Instant at) {
}
