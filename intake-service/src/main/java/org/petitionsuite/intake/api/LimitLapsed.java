package org.petitionsuite.intake.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.petitionsuite.contract.EvaluationTarget;
import org.petitionsuite.contract.PetitionStatus;
import org.petitionsuite.limits.Step;

/**
 * A limit ended with its step not taken: the petition is in the national overdue {@code status} (超期未…); for the
 * evaluation window {@code status} is null and {@code unevaluated} names who was not evaluated (超期未评价).
 */
@Revision("1")
public record LimitLapsed(String petitionId, String placeOfMatter, Step step, LocalDate due, PetitionStatus status,
                          List<EvaluationTarget> unevaluated, LocalDate lapsedOn) {
}
