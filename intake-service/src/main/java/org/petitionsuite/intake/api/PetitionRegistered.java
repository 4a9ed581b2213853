package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A petition was registered. Stored in intake's event store with every personal detail; published as the
 * de-identified {@code petition.registered.v1}.
 *
 * @param matterId the matter (信访事项) the item belongs to: its own id for a first petition (revision 2; absent in
 *                 revision 1, where it is the petition's own id)
 */
@Revision("2")
public record PetitionRegistered(
        String petitionId,
        PetitionDetails details,
        Instant registeredAt,
        String registeredBy,
        String matterId) {

    /** The matter's first item (初次信访), what the one-time-resolution rate counts. */
    public boolean firstTime() {
        return matterId == null || matterId.equals(petitionId);
    }

    public String matter() {
        return matterId == null ? petitionId : matterId;
    }
}
