package org.petitionsuite.routing.catalog;

import java.util.List;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;

/**
 * A classification decision that explains itself: which catalog version, which rule, on what evidence, under which
 * article, and why.
 */
public record Classification(PetitionKind kind, LegalChannel channel, String catalogVersion, String ruleId,
                             String article, String rationale, List<String> evidence) {
}
