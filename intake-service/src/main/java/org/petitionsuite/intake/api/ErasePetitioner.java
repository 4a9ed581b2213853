package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase one person's personal data in this petition (个人信息保护法 Art 47, the person's own erasure): their person key
 * is destroyed, so their identity opens as 已删除 in every petition sealed with it. Sent to each of the person's
 * petitions in turn.
 *
 * @param keyId     the person key ({@code person_data_key}) of the petitioners to erase
 * @param pseudonym the pseudonym consumers know the person by, or null when they gave no ID number
 */
public record ErasePetitioner(@TargetAggregateIdentifier String petitionId, String keyId, String pseudonym, String reason,
                              String erasedBy, Instant at) {
}
