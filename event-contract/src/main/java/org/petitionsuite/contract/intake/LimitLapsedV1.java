package org.petitionsuite.contract.intake;

import java.time.LocalDate;
import java.util.List;
import org.petitionsuite.contract.EvaluationTarget;
import org.petitionsuite.contract.PetitionStatus;

/**
 * Data of {@code petition.limit-lapsed.v1}: a statutory limit ended with its step not taken. The petition moves to the
 * national overdue state ({@code status}): 超期未作出处理意见, 超期未申请复查, 超期未作出复查意见, 超期未申请复核,
 * 超期未作出复核意见. For the evaluation window ({@code step} EVALUATION) the status does not change and
 * {@code unevaluated} names who was not evaluated (超期未评价).
 *
 * @param step the statutory-limits step whose period ended, e.g. {@code REVIEW_REQUEST}
 * @param due  its last day; {@code lapsedOn} is the first day after it on which this was noticed
 */
public record LimitLapsedV1(String petitionId, String placeOfMatter, String step, LocalDate due, PetitionStatus status,
                            List<EvaluationTarget> unevaluated, LocalDate lapsedOn) {
}
