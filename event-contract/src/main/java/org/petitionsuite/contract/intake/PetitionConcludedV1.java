package org.petitionsuite.contract.intake;

import java.time.Instant;
import org.petitionsuite.contract.ConclusionBasis;

/**
 * Data of {@code petition.concluded.v1}: the petition department confirmed the petition as concluded (审核认定办结,
 * national status 15).
 *
 * @param matterId                the matter (信访事项) this item (信访件) belongs to
 * @param firstTime               the item was the matter's first (初次信访)
 * @param resolvedAtFirstHandling concluded without review or re-review: with {@code firstTime}, what
 *                                初次信访一次性化解率 counts (petition-rules.md §5.1)
 */
public record PetitionConcludedV1(String petitionId, String placeOfMatter, ConclusionBasis basis, String matterId,
                                  boolean firstTime, boolean resolvedAtFirstHandling, Instant concludedAt) {
}
