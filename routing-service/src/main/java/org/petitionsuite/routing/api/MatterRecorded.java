package org.petitionsuite.routing.api;

import org.axonframework.serialization.Revision;
import org.petitionsuite.routing.catalog.Matter;

/**
 * Routing kept the matter it classified, so that a draft catalog can be tried on past petitions (what-if). Internal:
 * not published (intake publishes the registration itself).
 *
 * @param sourceSystem the county system that sent the petition (null in events stored before it was kept)
 */
@Revision("1")
public record MatterRecorded(String petitionId, Matter matter, String sourceSystem) {

    public MatterRecorded(String petitionId, Matter matter) {
        this(petitionId, matter, null);
    }
}
