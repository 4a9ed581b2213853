package org.petitionsuite.contract.routing;

import java.time.Instant;
import java.util.List;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;

/**
 * Data of {@code petition.classified.v1}: routing decided the kind of a petition and the legal channel it goes down
 * (依法分类处理, 条例 Art 28–31), by a rule of a versioned catalog. Carries its own explanation, so that any decision can
 * be audited without the catalog at hand. Schema: {@code schemas/petition.classified.v1.schema.json}.
 *
 * @param placeOfMatter   the division code of the matter, as registered (for region-scoped reading)
 * @param catalogVersion  every catalog file that contributed, e.g. {@code national@2026.1+zhejiang@2026.1-zj.1}
 * @param evidence        what in the registration made the rule apply
 * @param registrationId  {@code ce_id} of the {@code petition.registered.v1} this decision answers
 */
public record PetitionClassifiedV1(
        String petitionId,
        String placeOfMatter,
        PetitionKind kind,
        LegalChannel channel,
        String catalogVersion,
        String ruleId,
        String article,
        String rationale,
        List<String> evidence,
        Instant classifiedAt,
        String registrationId,
        Confidence confidence,
        List<Alternative> alternatives) {

    /** LOW: no rule recognised the matter (the fallback decided), or another channel scored close to the one chosen. */
    public enum Confidence { HIGH, LOW }

    /** Another channel a rule of the catalog also found evidence for. */
    public record Alternative(LegalChannel channel, String ruleId, int score, List<String> evidence) {
    }

    /** A decision a person made (an override): it needs no confirmation and has no alternatives. */
    public PetitionClassifiedV1(String petitionId, String placeOfMatter, PetitionKind kind, LegalChannel channel,
                                String catalogVersion, String ruleId, String article, String rationale,
                                List<String> evidence, Instant classifiedAt, String registrationId) {
        this(petitionId, placeOfMatter, kind, channel, catalogVersion, ruleId, article, rationale, evidence, classifiedAt,
                registrationId, null, null);
    }
}
