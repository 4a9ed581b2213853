package org.petitionsuite.contract.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Data of {@code petition.routed.v1}: routing decided which organ receives the petition and how, forwarded (转送) or
 * assigned (交办) with a reporting deadline (条例 Art 22 ¶1), after the classification. Schema:
 * {@code schemas/petition.routed.v1.schema.json}.
 *
 * @param organCode        null only when the directory knows no organ for the place ({@code NO_COMPETENT_ORGAN}), or
 *                         for {@code RE_REVIEW_CONCLUDED} when the concluding organ is not in the directory
 * @param mode             {@code FORWARD} or {@code ASSIGN}
 * @param reportWithinDays for {@code ASSIGN}: days within which the organ reports back
 * @param flags            {@code ACCUSED_ORGAN_EXCLUDED} (Art 30 ¶3), {@code COMPETENCE_CONFLICT} (Art 24 ¶1),
 *                         {@code NO_COMPETENT_ORGAN}, {@code ALREADY_ACCEPTED_BELOW} (Art 19 ¶3),
 *                         {@code RE_REVIEW_CONCLUDED} (Art 36 ¶3: not accepted again; to the organ that concluded it)
 *                         and {@code NOTICE_BY_OWN_RULES} (Art 23 ¶4: a 政法 or 纪检监察 channel; no T4 notice, no
 *                         {@code noticeDue})
 * @param accusedOrgans    directory codes of the organs the matter accuses (条例 Art 30 ¶3), decided by routing alone:
 *                         none of them receives, reviews, re-reviews, supervises or reads the matter. Empty when it
 *                         accuses no organ of the directory; absent (null) in records published before the field existed
 * @param noticeDue        the receiving organ's last day to tell the petitioner in writing whether it accepts the matter
 *                         (条例 Art 23 ¶3, T4), counted from its receipt, the day of this route; decided here once and
 *                         taken as it is by intake (是否及时受理) and supervision (the T4 clock). Null without an organ, and
 *                         in records published before the field existed
 * @param objectionDue     the receiving organ's last day to object (Art 23 ¶3, 5 working days, T5); null likewise
 * @param reviewOrgans     directory codes of the organs one level above the receiving organ that may review its
 *                         handling opinion (复查, 条例 Art 35), the accused left out; intake records a review request only
 *                         for one of them. Null off the petition track, without an organ, and in older records
 * @param reReviewOrgans   likewise two levels above, for the re-review (复核, 条例 Art 36)
 */
public record PetitionRoutedV1(
        String petitionId,
        String placeOfMatter,
        String organCode,
        String organName,
        String organLevel,
        String organRegion,
        String mode,
        Integer reportWithinDays,
        String directoryVersion,
        String article,
        String rationale,
        List<String> flags,
        Instant routedAt,
        List<String> accusedOrgans,
        LocalDate noticeDue,
        LocalDate objectionDue,
        List<String> reviewOrgans,
        List<String> reReviewOrgans) {

    /** A route without the review organs (records published before they were added, and tests). */
    public PetitionRoutedV1(String petitionId, String placeOfMatter, String organCode, String organName, String organLevel,
                            String organRegion, String mode, Integer reportWithinDays, String directoryVersion,
                            String article, String rationale, List<String> flags, Instant routedAt,
                            List<String> accusedOrgans, LocalDate noticeDue, LocalDate objectionDue) {
        this(petitionId, placeOfMatter, organCode, organName, organLevel, organRegion, mode, reportWithinDays,
                directoryVersion, article, rationale, flags, routedAt, accusedOrgans, noticeDue, objectionDue, null, null);
    }

    /** A route without the receiving organ's deadlines (records published before they were added, and tests). */
    public PetitionRoutedV1(String petitionId, String placeOfMatter, String organCode, String organName, String organLevel,
                            String organRegion, String mode, Integer reportWithinDays, String directoryVersion,
                            String article, String rationale, List<String> flags, Instant routedAt,
                            List<String> accusedOrgans) {
        this(petitionId, placeOfMatter, organCode, organName, organLevel, organRegion, mode, reportWithinDays,
                directoryVersion, article, rationale, flags, routedAt, accusedOrgans, null, null, null, null);
    }

    /** Flag: the accused organ was left out (Art 30 ¶3). Every flag's meaning is in the record's Javadoc and schema. */
    public static final String ACCUSED_ORGAN_EXCLUDED = "ACCUSED_ORGAN_EXCLUDED";
    public static final String COMPETENCE_CONFLICT = "COMPETENCE_CONFLICT";
    public static final String NO_COMPETENT_ORGAN = "NO_COMPETENT_ORGAN";
    public static final String ALREADY_ACCEPTED_BELOW = "ALREADY_ACCEPTED_BELOW";
    public static final String RE_REVIEW_CONCLUDED = "RE_REVIEW_CONCLUDED";
    public static final String NOTICE_BY_OWN_RULES = "NOTICE_BY_OWN_RULES";

    /** Whether routing set {@code flag} on this route (a record without flags has none). */
    public boolean flagged(String flag) {
        return flags != null && flags.contains(flag);
    }

    /**
     * Whether the route asks the organ to decide on acceptance: not when the matter is accepted below (Art 19 ¶3,
     * intake records the higher level's 不予受理) nor when its re-review is concluded (Art 36 ¶3, 不再受理).
     */
    public boolean asksForAcceptance() {
        return !flagged(ALREADY_ACCEPTED_BELOW) && !flagged(RE_REVIEW_CONCLUDED);
    }

    /** The accused organs, empty for a record published before the field existed. */
    public List<String> accusedOrgansOrNone() {
        return accusedOrgans == null ? List.of() : accusedOrgans;
    }
}
