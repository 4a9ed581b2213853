package org.petitionsuite.routing.catalog;

import java.util.List;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.contract.routing.PetitionClassifiedV1.Alternative;
import org.petitionsuite.contract.routing.PetitionClassifiedV1.Confidence;

/**
 * A classification decision that explains itself: which catalog version, which rule, on what evidence, under which
 * article, and why; how sure the catalog is, and which other channels it also found evidence for. A decision a person
 * made has no confidence (null) and no alternatives.
 */
public record Classification(PetitionKind kind, LegalChannel channel, String catalogVersion, String ruleId,
                             String article, String rationale, List<String> evidence, Confidence confidence,
                             List<Alternative> alternatives) {

    /** The rule and catalog version a person's decision carries (published as ruleId). */
    public static final String BY_PERSON = "operator-override";

    public static boolean isByPerson(String ruleId) {
        return BY_PERSON.equals(ruleId);
    }

    /** A person's decision (an override or a correction), or the standing channel re-read for a new route. */
    public static Classification byPerson(LegalChannel channel, String rationale, List<String> evidence) {
        return new Classification(channel.kind(), channel, BY_PERSON, BY_PERSON, channel.article(), rationale, evidence,
                null, null);
    }
}
