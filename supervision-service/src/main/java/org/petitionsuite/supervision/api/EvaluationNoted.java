package org.petitionsuite.supervision.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.petitionsuite.contract.EvaluationTarget;

/** The petitioner evaluated one target (from intake); the evaluation window closes when every target is evaluated. */
@Revision("1")
public record EvaluationNoted(String petitionId, EvaluationTarget target, String sourceId, Instant at) {
}
