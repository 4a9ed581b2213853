package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record on the petition where routing sent it ({@code petition.routed.v1}): the receiving organ, forwarded or assigned
 * (条例 Art 22 ¶1). Routing decides; intake only notes.
 *
 * @param decisionId    {@code ce_id} of routing's event: noting the same decision twice changes nothing
 * @param accusedOrgans the organs the matter accuses (Art 30 ¶3), as routing decided; they never act on it
 * @param noticeDue     the receiving organ's last day for the acceptance notice (Art 23 ¶3), as routing decided it;
 *                      null in routes published before routing decided it
 * @param flags         routing's flags, e.g. {@code ALREADY_ACCEPTED_BELOW} (Art 19 ¶3)
 * @param reviewOrgans   the organs that may review the receiving organ's opinion (Art 35), from routing's directory;
 *                       null when routing did not say (older routes, off the petition track)
 * @param reReviewOrgans likewise for the re-review (Art 36)
 */
public record NoteRoute(@TargetAggregateIdentifier String petitionId, String organCode, String organName, String mode,
                        Integer reportWithinDays, Instant routedAt, String decisionId, java.util.List<String> accusedOrgans,
                        java.time.LocalDate noticeDue, java.util.List<String> flags,
                        java.util.List<String> reviewOrgans, java.util.List<String> reReviewOrgans) {
    /** A route noted before routing published the review organs (stored events, tests). */
    public NoteRoute(String petitionId, String organCode, String organName, String mode, Integer reportWithinDays,
                      Instant routedAt, String decisionId, java.util.List<String> accusedOrgans,
                      java.time.LocalDate noticeDue, java.util.List<String> flags) {
        this(petitionId, organCode, organName, mode, reportWithinDays, routedAt, decisionId, accusedOrgans, noticeDue,
                flags, null, null);
    }


    public NoteRoute(String petitionId, String organCode, String organName, String mode, Integer reportWithinDays,
                     Instant routedAt, String decisionId, java.util.List<String> accusedOrgans) {
        this(petitionId, organCode, organName, mode, reportWithinDays, routedAt, decisionId, accusedOrgans, null,
                java.util.List.of());
    }

    /** Whether routing set {@code flag} (PetitionRoutedV1's constants) on the route. */
    public boolean flagged(String flag) {
        return flags != null && flags.contains(flag);
    }
}
