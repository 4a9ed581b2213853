package org.petitionsuite.intake.query;

import java.time.Instant;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.contract.DivisionCode;

/**
 * Criteria of the petition list; null means "any".
 *
 * @param viewer          the caller: only petitions {@link PetitionAccess} shows it, inside its region
 * @param place           only petitions whose place of the matter lies inside this division
 * @param contentCategory a category or any of its sub-categories (prefix of 一级_二级_…)
 */
public record PetitionFilter(
        PetitionAccess.Viewer viewer,
        DivisionCode place,
        Channel channel,
        Purpose purpose,
        String contentCategory,
        String status,
        LegalChannel legalChannel,
        String sourceSystem,
        Instant receivedFrom,
        Instant receivedBefore) {
}
