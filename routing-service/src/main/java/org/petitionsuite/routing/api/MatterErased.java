package org.petitionsuite.routing.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Routing replaced what it kept of the matter's text, accused target and petitioners with 已删除 (个人信息保护法 Art 47).
 * Internal: not published.
 *
 * @param accusedOrgans the organs the matter accused, by directory code, decided before the text went: the Art 30 ¶3
 *                      exclusion holds for later overrides and objections, which can no longer read the accused target
 */
@Revision("1")
public record MatterErased(String petitionId, List<String> accusedOrgans, Instant erasedAt) {
}
