package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase the personal data of a petition (个人信息保护法 Art 47: the retention period ended, the purpose is achieved, or
 * the person withdrew consent where consent was the basis): its data key is destroyed, so every sealed value of the
 * petition in the event store opens as 已删除 from then on. The reason is required and kept.
 */
public record ErasePersonalData(@TargetAggregateIdentifier String petitionId, String reason, String erasedBy, Instant at) {
}
