package org.petitionsuite.contract.intake;

import java.time.Instant;

/**
 * Data of {@code petition.matter-joined.v1}: a clerk confirmed, after registration, that the petition repeats an
 * earlier one (重复件): it joins that matter (信访事项) as {@code repeatOf} at registration would have, and is no longer
 * the first item of a matter of its own (初次信访) for 重复信访率 and 件/事项 counts.
 *
 * @param matterId the matter it joins
 * @param repeatOf the earlier petition the clerk confirmed it repeats
 */
public record MatterJoinedV1(String petitionId, String placeOfMatter, String matterId, String repeatOf, Instant joinedAt) {
}
