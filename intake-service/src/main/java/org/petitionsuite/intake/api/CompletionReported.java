package org.petitionsuite.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The assigned organ reported its result (办结报告, 条例 Art 22 ¶1(三)); {@code due} is the last day the assignment gave
 * (null when it named no days), {@code timely} whether the report came by then.
 */
@Revision("1")
public record CompletionReported(String petitionId, String placeOfMatter, String organCode, LocalDate due, boolean timely,
                                 String submittedBy, Instant at) {
}
