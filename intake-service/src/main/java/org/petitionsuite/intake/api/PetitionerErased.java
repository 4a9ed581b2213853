package org.petitionsuite.intake.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The personal data of some petitioners of the petition was erased: their person key is destroyed (个人信息保护法
 * Art 47). The petition's text and its other petitioners stay; read models show 已删除 for these petitioners. Published
 * as {@code petition.personal-data-erased.v1} with scope PETITIONERS and the pseudonym, without the reason and the official.
 *
 * @param petitionerIndexes positions in the petition's list of petitioners
 * @param pseudonym         the pseudonym consumers know the person by; null without an ID number
 */
@Revision("1")
public record PetitionerErased(String petitionId, List<Integer> petitionerIndexes, String pseudonym, String reason,
                               String erasedBy, Instant at) {
}
