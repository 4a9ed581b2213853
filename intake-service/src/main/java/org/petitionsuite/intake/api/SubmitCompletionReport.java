package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The organ a matter was assigned to (交办) reports its result to the petition department that assigned it: the 办结报告
 * of 条例 Art 22 ¶1(三).
 *
 * @param organCode the reporting organ: the one the matter was assigned to
 */
public record SubmitCompletionReport(@TargetAggregateIdentifier String petitionId, String organCode, String summary,
                                     String submittedBy, Instant at) {
}
