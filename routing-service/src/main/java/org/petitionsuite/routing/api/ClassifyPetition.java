package org.petitionsuite.routing.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.petitionsuite.routing.catalog.Matter;

/**
 * Classify a registered petition by the catalog in force at its place (依法分类处理, 条例 Art 28–31). Sent once per
 * {@code petition.registered.v1}; a redelivery finds the decision made and changes nothing.
 *
 * @param registrationId {@code ce_id} of the registration event
 * @param matterId       intake's matter (信访事项) the petition belongs to; null from registrations before matters existed
 */
public record ClassifyPetition(@TargetAggregateIdentifier String petitionId, Matter matter, String registrationId,
                               Instant classifiedAt, String matterId) {
}
