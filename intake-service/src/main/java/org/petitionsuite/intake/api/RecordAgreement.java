package org.petitionsuite.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.petitionsuite.contract.AgreementKind;

/** Record a mediation or settlement agreement that resolves an appeal-or-demand matter (条例 Art 33). */
public record RecordAgreement(@TargetAggregateIdentifier String petitionId, AgreementKind kind, String terms,
                              LocalDate agreedOn, String organCode, String recordedBy, Instant at) {
}
