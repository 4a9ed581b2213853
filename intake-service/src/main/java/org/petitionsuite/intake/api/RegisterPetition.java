package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a petition (来件必登、来访必录, 条例 Art 21–22). Registering the same petition id again with the same details
 * is answered as a duplicate; with different details it is refused.
 *
 * @param registeredAt server time of the request: the instant "received in the future" is judged against
 * @param registeredBy subject of the token that asked
 * @param repeated     for a repeat item: the matter it joins, as intake knows it (null for a first petition)
 */
public record RegisterPetition(
        @TargetAggregateIdentifier String petitionId,
        PetitionDetails details,
        Instant registeredAt,
        String registeredBy,
        RepeatedMatter repeated) {
}
