package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Routing's route of the petition was noted (see {@link NoteRoute}). Not republished: routing publishes it. */
@Revision("1")
public record RouteNoted(String petitionId, String organCode, String organName, String mode, Integer reportWithinDays,
                         Instant routedAt, String decisionId, java.util.List<String> accusedOrgans,
                         java.time.LocalDate noticeDue, java.util.List<String> flags,
                        java.util.List<String> reviewOrgans, java.util.List<String> reReviewOrgans) {
    /** A route noted before routing published the review organs (stored events, tests). */
    public RouteNoted(String petitionId, String organCode, String organName, String mode, Integer reportWithinDays,
                      Instant routedAt, String decisionId, java.util.List<String> accusedOrgans,
                      java.time.LocalDate noticeDue, java.util.List<String> flags) {
        this(petitionId, organCode, organName, mode, reportWithinDays, routedAt, decisionId, accusedOrgans, noticeDue,
                flags, null, null);
    }


    /** A route noted before routing published the notice limit and its flags (stored events, tests). */
    public RouteNoted(String petitionId, String organCode, String organName, String mode, Integer reportWithinDays,
                      Instant routedAt, String decisionId, java.util.List<String> accusedOrgans) {
        this(petitionId, organCode, organName, mode, reportWithinDays, routedAt, decisionId, accusedOrgans, null,
                java.util.List.of());
    }

    /** Routing's flag: the organ notifies acceptance under its own rules, not within T4 (条例 Art 23 ¶4). */
    public boolean noticeByOwnRules() {
        return flags != null && flags.contains(org.petitionsuite.contract.routing.PetitionRoutedV1.NOTICE_BY_OWN_RULES);
    }
}
