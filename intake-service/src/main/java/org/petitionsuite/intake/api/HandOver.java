package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 导入: the organ that accepted a matter outside the petition procedure (条例 Art 31(一)–(五), Art 30, Art 29) tells the
 * petitioner the channel it goes down and that channel's own time limit, and the petition side is closed without a
 * handling opinion (petition-rules.md §2.2–2.3).
 *
 * @param guidance what the organ tells the petitioner to do or what it did: where to apply, the duty performed, the
 *                 reply to a suggestion
 */
public record HandOver(@TargetAggregateIdentifier String petitionId, String guidance, String organCode, String handedOverBy,
                       Instant at) {
}
