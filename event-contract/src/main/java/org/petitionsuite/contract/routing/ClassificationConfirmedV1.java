package org.petitionsuite.contract.routing;

import java.time.Instant;
import org.petitionsuite.contract.LegalChannel;

/**
 * Data of {@code petition.classification-confirmed.v1}: the petition department looked at a catalog decision (above all
 * one of LOW confidence, from its confirmation queue) and confirmed its channel or corrected it. A correction is
 * followed by {@code petition.routing-overridden.v1}, {@code petition.classified.v1} and {@code petition.routed.v1}, as
 * any override is. The confirmed channel is the label a draft catalog is measured against (what-if). Schema:
 * {@code schemas/petition.classification-confirmed.v1.schema.json}.
 *
 * @param outcome         CONFIRMED (the catalog was right) or CORRECTED (it was not; {@code channel} is the right one)
 * @param catalogChannel  the channel the catalog decided
 * @param catalogVersion  the catalog version that decided it
 * @param ruleId          the catalog rule that decided it
 * @param channel         the channel a person holds right
 * @param by              subject of the confirming person's token
 * @param reason          why it was corrected; optional for a confirmation
 */
public record ClassificationConfirmedV1(
        String petitionId,
        String placeOfMatter,
        Outcome outcome,
        LegalChannel catalogChannel,
        String catalogVersion,
        String ruleId,
        LegalChannel channel,
        String by,
        String reason,
        Instant confirmedAt) {

    public enum Outcome { CONFIRMED, CORRECTED }
}
