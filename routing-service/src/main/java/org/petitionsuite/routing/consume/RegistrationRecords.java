package org.petitionsuite.routing.consume;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.petitionsuite.contract.CloudEventHeaders;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.intake.PetitionAcceptanceDecidedV1;
import org.petitionsuite.contract.intake.PetitionRegisteredV1;
import org.petitionsuite.kit.kafka.ContractConsumer;
import org.petitionsuite.kit.kafka.PoisonRecordException;
import org.petitionsuite.routing.api.ClassifyPetition;
import org.petitionsuite.routing.api.NoteAcceptance;
import org.petitionsuite.routing.catalog.Matter;

/**
 * Reads intake's records: a registration becomes a {@link ClassifyPetition}, an acceptance a {@link NoteAcceptance}
 * (for Art 19 ¶3); other event types are not routing's business.
 */
final class RegistrationRecords {
    // Consumers tolerate fields added to a v1 schema later (additive changes do not bump the version).
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RegistrationRecords() {
    }

    /** The command for a registration or an acceptance, empty otherwise; {@link PoisonRecordException} when unusable. */
    static Optional<Object> toCommand(ConsumerRecord<String, byte[]> record, Instant now) {
        String type = ContractConsumer.header(record, CloudEventHeaders.TYPE);
        String id = ContractConsumer.header(record, CloudEventHeaders.ID);
        if (type == null || id == null) {
            throw new PoisonRecordException("no ce_type or ce_id header: not a CloudEvent of the contract");
        }
        if (EventType.PETITION_ACCEPTED_V1.wireName().equals(type)) {
            return Optional.of(toNoteAcceptance(record));
        }
        if (!EventType.PETITION_REGISTERED_V1.wireName().equals(type)) {
            return Optional.empty();
        }
        if (record.value() == null) {
            throw new PoisonRecordException("petition.registered.v1 without a value");
        }
        PetitionRegisteredV1 event;
        try {
            event = JSON.readValue(record.value(), PetitionRegisteredV1.class);
        } catch (IOException e) {
            throw new PoisonRecordException("value is not a petition.registered.v1: " + firstLine(e.getMessage()), e);
        }
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
                event.registeringOrgan() == null ? null : event.registeringOrgan().regionCode());
        return Optional.of(new ClassifyPetition(event.petitionId(), matter, id, now));
    }

    private static NoteAcceptance toNoteAcceptance(ConsumerRecord<String, byte[]> record) {
        PetitionAcceptanceDecidedV1 accepted;
        try {
            accepted = JSON.readValue(record.value(), PetitionAcceptanceDecidedV1.class);
        } catch (IOException e) {
            throw new PoisonRecordException("value is not a petition.accepted.v1: " + firstLine(e.getMessage()), e);
        }
        if (accepted.petitionId() == null || accepted.organCode() == null || accepted.decidedAt() == null) {
            throw new PoisonRecordException("petitionId, organCode or decidedAt missing");
        }
        return new NoteAcceptance(accepted.petitionId(), accepted.organCode(), accepted.decidedAt());
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
