package org.petitionsuite.contract.intake;

import java.time.Instant;
import java.util.List;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.contract.Purpose;

/**
 * Data of {@code petition.registered.v1}: a petition was registered (登记, 条例 Art 21–22).
 *
 * <p>De-identified on purpose (个人信息保护法 Art 34: only what the receiver's duty needs): petitioners appear as a
 * keyed pseudonym of their resident ID number, never with name, ID number, phone or address. Those stay in intake.
 * The schema is {@code schemas/petition.registered.v1.schema.json}.
 *
 * <p>{@code matterId} groups the items (信访件) of one matter (信访事项): a first item's matter id is its own id, a
 * repeat item carries the matter of the item it repeats; {@code firstTime} marks the matter's first item (初次信访).
 *
 * <p>{@code complainedOrgans} (被投诉机关) are the organs whose conduct the petition complains about, by their organ
 * code, so that the annual report can name the organs most complained about (条例 Art 41 ¶1(一)). Empty when none
 * was identified; {@code accusedTarget} stays the registrar's free text.
 */
public record PetitionRegisteredV1(
        String petitionId,
        Instant registeredAt,
        Instant receivedAt,
        Channel channel,
        Purpose purpose,
        String contentCategory,
        String request,
        String factsAndReasons,
        String placeOfMatter,
        int numberOfPeople,
        boolean collective,
        List<Petitioner> petitioners,
        String accusedTarget,
        Organ registeringOrgan,
        String sourceSystem,
        String sourceReference,
        String matterId,
        boolean firstTime,
        List<ComplainedOrgan> complainedOrgans) {

    /**
     * @param pseudonym HMAC-SM3 (or, where the operator chose it, HMAC-SHA256) of the resident ID number under intake's
     *                  pseudonymisation key, 64 hex digits; null when no
     *                  ID number was given. Equal pseudonyms mean the same person (repeat detection, Art 19 ¶3).
     */
    public record Petitioner(String pseudonym, boolean representative, boolean confidentialityRequested) {
    }

    public record Organ(String code, String name, String regionCode) {
    }

    /** An organ complained about (被投诉机关), by the code of the organ directory the registering system uses. */
    public record ComplainedOrgan(String code, String name) {
    }
}
