package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A proposed repeat was rejected by a clerk: kept so the proposal is not made again and the decision is on record. */
@Revision("1")
public record RepeatRejected(String petitionId, String candidateId, String rejectedBy, Instant at) {
}
