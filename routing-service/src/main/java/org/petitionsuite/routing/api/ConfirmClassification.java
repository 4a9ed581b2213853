package org.petitionsuite.routing.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.petitionsuite.contract.LegalChannel;

/**
 * The petition department confirms the catalog's channel ({@code channel} absent or the same) or corrects it (another
 * channel; the reason is then required and the petition is routed again, as an override is).
 */
public record ConfirmClassification(@TargetAggregateIdentifier String petitionId, LegalChannel channel, String reason,
                                    String by, Instant at) {
}
