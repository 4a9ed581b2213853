package org.petitionsuite.contract.intake;

import java.time.Instant;

/**
 * Data of {@code petition.not-accepted-again.v1}: the petition raises a matter whose re-review is concluded on the same
 * facts and reasons; it is registered (来件必登) but not accepted again (不再受理, 条例 Art 36 ¶3; national status 6).
 *
 * @param earlierPetitionId the item whose re-review opinion concluded the matter
 */
public record NotAcceptedAgainV1(String petitionId, String placeOfMatter, String matterId, String earlierPetitionId,
                                 String article, Instant decidedAt) {
}
