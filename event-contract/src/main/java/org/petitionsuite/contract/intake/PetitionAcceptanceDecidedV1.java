package org.petitionsuite.contract.intake;

import java.time.Instant;
import java.time.LocalDate;
import org.petitionsuite.contract.LegalChannel;

/**
 * Data of {@code petition.accepted.v1} and {@code petition.declined.v1}: the authority the petition was routed to
 * decided whether it accepts it (受理 / 不予受理, 条例 Art 23), and whether it did so within the notice limit of its
 * jurisdiction's profile (及时受理). Schemas: {@code schemas/petition.accepted.v1.schema.json},
 * {@code schemas/petition.declined.v1.schema.json}.
 *
 * @param legalChannel for a decline: the channel the petitioner should use instead; null for an acceptance
 * @param article      for a decline: the rule it rests on; for an acceptance: the notice limit's article
 * @param noticeDue    the last day of the acceptance-notice limit, as routing decided it on {@code petition.routed.v1}
 *                     (from the organ's receipt, Art 23 ¶3); null where the organ notifies under its own rules (Art 23 ¶4)
 * @param timely       decided on or before {@code noticeDue}
 * @param profile      the limit profile applied, e.g. {@code zhejiang@2016}
 * @param handlingDue  for an acceptance on the petition track: the last day of the handling limit (Art 34, from
 *                     acceptance), decided here once and taken by supervision; null for a decline, off the petition
 *                     track, and in records published before the field existed
 * @param handlingLimit for an acceptance: whether the Art 34 limit applies (the petition track, Art 31(六)); false for
 *                     a matter accepted into another channel's own procedure, which no one charges against the 60
 *                     days; null for a decline and in records published before the field existed (then: it applies)
 */
public record PetitionAcceptanceDecidedV1(
        String petitionId,
        String placeOfMatter,
        String organCode,
        String reason,
        LegalChannel legalChannel,
        String article,
        LocalDate noticeDue,
        boolean timely,
        String profile,
        Instant decidedAt,
        LocalDate handlingDue,
        Boolean handlingLimit) {

    /** A decision without a handling limit: a decline, and records published before the field existed. */
    public PetitionAcceptanceDecidedV1(String petitionId, String placeOfMatter, String organCode, String reason,
                                       LegalChannel legalChannel, String article, LocalDate noticeDue, boolean timely,
                                       String profile, Instant decidedAt) {
        this(petitionId, placeOfMatter, organCode, reason, legalChannel, article, noticeDue, timely, profile, decidedAt, null,
                null);
    }

    /** Whether the handling limit of Art 34 runs for this acceptance; records before the field: it does. */
    public boolean handlingLimitApplies() {
        return !Boolean.FALSE.equals(handlingLimit);
    }
}
