package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A petition was registered. Stored in intake's event store with every personal detail; published as the
 * de-identified {@code petition.registered.v1}.
 */
@Revision("1")
public record PetitionRegistered(
        String petitionId,
        PetitionDetails details,
        Instant registeredAt,
        String registeredBy) {
}
