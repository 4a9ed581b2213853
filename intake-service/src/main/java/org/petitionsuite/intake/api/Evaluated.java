package org.petitionsuite.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.petitionsuite.contract.EvaluationTarget;
import org.petitionsuite.contract.Satisfaction;

/** The petitioner evaluated {@code target} ({@code organCode}: the organ evaluated) within the window ending {@code due}. */
@Revision("1")
public record Evaluated(String petitionId, String placeOfMatter, EvaluationTarget target, Satisfaction satisfaction,
                        String comment, String organCode, LocalDate due, String evaluatedBy, Instant at) {
}
