package org.petitionsuite.contract.intake;

import java.time.Instant;
import java.time.LocalDate;
import org.petitionsuite.contract.EvaluationTarget;
import org.petitionsuite.contract.Satisfaction;

/**
 * Data of {@code petition.evaluated.v1}: the petitioner evaluated the petition department or the responsible unit
 * within the window (满意率, 参评率; 国信发〔2022〕11号). The comment stays in intake.
 */
public record EvaluatedV1(String petitionId, String placeOfMatter, EvaluationTarget target, Satisfaction satisfaction,
                          String organCode, LocalDate due, Instant evaluatedAt) {
}
