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
 * @param sourceSystem   the county system that sent it: an integrator reads only its own system's decisions
 */
public record ClassifyPetition(@TargetAggregateIdentifier String petitionId, Matter matter, String registrationId,
                               Instant classifiedAt, String matterId, String sourceSystem) {

    /** A petition whose source does not matter to the rule at hand. */
    public ClassifyPetition(String petitionId, Matter matter, String registrationId, Instant classifiedAt, String matterId) {
        this(petitionId, matter, registrationId, classifiedAt, matterId, null);
    }
}
