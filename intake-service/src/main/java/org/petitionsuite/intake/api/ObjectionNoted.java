package org.petitionsuite.intake.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The receiving organ's objection was noted (see {@link NoteObjection}); its reasons are sealed in the event store. Not
 * republished: routing publishes the objection.
 */
public record ObjectionNoted(String petitionId, String placeOfMatter, String organCode, String organName, String reasons,
                             LocalDate receivedOn, LocalDate lastDay, Instant objectedAt, String decisionId) {
}
