package org.petitionsuite.routing.consume;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.intake.PetitionAcceptanceDecidedV1;
import org.petitionsuite.contract.ReviewLevel;
import org.petitionsuite.contract.intake.PersonalDataErasedV1;
import org.petitionsuite.contract.intake.PetitionRegisteredV1;
import org.petitionsuite.contract.intake.ReviewOpinionIssuedV1;
import org.petitionsuite.kit.kafka.ContractConsumer;
import org.petitionsuite.kit.kafka.PoisonRecordException;
import org.petitionsuite.routing.api.ClassifyPetition;
import org.petitionsuite.routing.api.EraseMatter;
import org.petitionsuite.routing.api.ForgetPetitioners;
import org.petitionsuite.routing.api.NoteAcceptance;
import org.petitionsuite.routing.api.NoteReReviewConcluded;
import org.petitionsuite.routing.catalog.Matter;

/**
 * Reads intake's records: a registration becomes a {@link ClassifyPetition}, an acceptance a {@link NoteAcceptance}
 * (for Art 19 ¶3), a re-review opinion a {@link NoteReReviewConcluded} (for Art 36 ¶3), an erasure an
 * {@link EraseMatter} or {@link ForgetPetitioners} (个人信息保护法 Art 47); other event types are not routing's business.
 */
final class IntakeRecords {
    private IntakeRecords() {
    }

    /** The command for a registration, an acceptance, a re-review opinion or an erasure, empty otherwise; {@link PoisonRecordException} when unusable. */
    static Optional<Object> toCommand(ConsumerRecord<String, byte[]> record, Instant now) {
        ContractConsumer.Envelope envelope = ContractConsumer.envelope(record);
        if (EventType.PETITION_ACCEPTED_V1.wireName().equals(envelope.type())) {
            return Optional.of(toNoteAcceptance(record));
        }
        if (EventType.REVIEW_OPINION_ISSUED_V1.wireName().equals(envelope.type())) {
            return toNoteReReviewConcluded(record);
        }
        if (EventType.PERSONAL_DATA_ERASED_V1.wireName().equals(envelope.type())) {
            return Optional.of(toEraseMatter(record));
        }
        if (!EventType.PETITION_REGISTERED_V1.wireName().equals(envelope.type())) {
            return Optional.empty();
        }
        PetitionRegisteredV1 event = ContractConsumer.data(record, PetitionRegisteredV1.class, envelope.type());
        if (event.petitionId() == null || !event.petitionId().equals(record.key())) {
            throw new PoisonRecordException("petitionId missing or different from the record key");
        }
        if (event.purpose() == null) {
            throw new PoisonRecordException("purpose missing");
        }
        try {
            DivisionCode.parse(event.placeOfMatter());
        } catch (IllegalArgumentException e) {
            throw new PoisonRecordException("placeOfMatter " + e.getMessage());
        }
        List<String> pseudonyms = event.petitioners() == null ? List.of() : event.petitioners().stream()
                .map(PetitionRegisteredV1.Petitioner::pseudonym).filter(Objects::nonNull).toList();
        Matter matter = new Matter(event.purpose(), event.contentCategory(), event.request(), event.factsAndReasons(),
                event.placeOfMatter(), event.collective(), event.accusedTarget(), pseudonyms,
                event.registeringOrgan() == null ? null : event.registeringOrgan().regionCode(),
                event.complainedOrgans() == null ? List.of() : event.complainedOrgans().stream()
                        .map(PetitionRegisteredV1.ComplainedOrgan::code).filter(Objects::nonNull).toList());
        return Optional.of(new ClassifyPetition(event.petitionId(), matter, envelope.id(), now, event.matterId(),
                event.sourceSystem()));
    }

    private static NoteAcceptance toNoteAcceptance(ConsumerRecord<String, byte[]> record) {
        PetitionAcceptanceDecidedV1 accepted = ContractConsumer.data(record, PetitionAcceptanceDecidedV1.class,
                EventType.PETITION_ACCEPTED_V1.wireName());
        if (accepted.petitionId() == null || accepted.organCode() == null || accepted.decidedAt() == null) {
            throw new PoisonRecordException("petitionId, organCode or decidedAt missing");
        }
        return new NoteAcceptance(accepted.petitionId(), accepted.organCode(), accepted.decidedAt());
    }

    /** {@link EraseMatter} for a petition's erasure, {@link ForgetPetitioners} for some petitioners' (scope PETITIONERS). */
    private static Object toEraseMatter(ConsumerRecord<String, byte[]> record) {
        PersonalDataErasedV1 erased = ContractConsumer.data(record, PersonalDataErasedV1.class,
                EventType.PERSONAL_DATA_ERASED_V1.wireName());
        if (erased.petitionId() == null || !erased.petitionId().equals(record.key()) || erased.erasedAt() == null) {
            throw new PoisonRecordException("petitionId (the record key) or erasedAt missing");
        }
        if (erased.petitionersOnly()) {
            return new ForgetPetitioners(erased.petitionId(), erased.pseudonyms() == null ? List.of() : erased.pseudonyms(),
                    erased.erasedAt());
        }
        return new EraseMatter(erased.petitionId(), erased.erasedAt());
    }

    /** Only a re-review (复核) concludes a matter; a review (复查) opinion leaves the next step open. */
    private static Optional<Object> toNoteReReviewConcluded(ConsumerRecord<String, byte[]> record) {
        ReviewOpinionIssuedV1 opinion = ContractConsumer.data(record, ReviewOpinionIssuedV1.class,
                EventType.REVIEW_OPINION_ISSUED_V1.wireName());
        if (opinion.level() != ReviewLevel.RE_REVIEW) {
            return Optional.empty();
        }
        if (opinion.petitionId() == null || opinion.matterId() == null || opinion.organCode() == null
                || opinion.issuedAt() == null) {
            throw new PoisonRecordException("petitionId, matterId, organCode or issuedAt missing");
        }
        return Optional.of(new NoteReReviewConcluded(opinion.petitionId(), opinion.matterId(), opinion.organCode(),
                opinion.issuedAt()));
    }
}
