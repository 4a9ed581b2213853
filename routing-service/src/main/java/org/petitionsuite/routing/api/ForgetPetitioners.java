package org.petitionsuite.routing.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Intake erased some petitioners of the petition ({@code petition.personal-data-erased.v1} with scope PETITIONERS,
 * 个人信息保护法 Art 47): routing forgets their pseudonyms, so that the matter no longer links to their other petitions;
 * the redacted text stays (it is the petition's, and holds no petitioner's name).
 */
public record ForgetPetitioners(@TargetAggregateIdentifier String petitionId, List<String> pseudonyms, Instant erasedAt) {
}
