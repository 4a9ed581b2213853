package org.petitionsuite.routing.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Intake erased the petition's personal data ({@code petition.personal-data-erased.v1}, 个人信息保护法 Art 47): routing
 * drops the redacted text, the accused target and the pseudonyms it kept of the matter.
 */
public record EraseMatter(@TargetAggregateIdentifier String petitionId, Instant erasedAt) {
}
