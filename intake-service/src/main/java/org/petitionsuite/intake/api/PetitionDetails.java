package org.petitionsuite.intake.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.contract.Purpose;

/**
 * What a registration records (登记要素, 条例 Art 19 ¶1, 21, 22; petition-rules.md §7). It is the request body of
 * {@code POST /api/v1/petitions}, travels in {@link RegisterPetition} and is stored in {@link PetitionRegistered}.
 * Fields are boxed so that a missing value can be reported by name; {@code RegistrationRules} says what is required.
 *
 * @param collective       joint letter (联名信) or collective visit (集体访): then representatives are chosen (Art 20 ¶3)
 * @param accusedTarget    被反映/被检举对象, the person or organ complained about; accusations must never be routed to it
 *                         (Art 30 ¶3)
 * @param sourceSystem     the system that sent the registration (a county system's id, or this suite's front desk)
 * @param sourceReference  the sender's own id for it: the same system and reference always yield the same petition
 * @param repeatOf         for a repeat item (重复件): the id of an earlier petition about the same matter on the same
 *                         facts and reasons; it joins that petition's matter (信访事项). Null for a first petition.
 * @param complainedOrgans 被投诉机关 by organ code, for the annual report's organs most complained about (Art 41 ¶1(一));
 *                         absent means none was identified
 */
public record PetitionDetails(
        List<Petitioner> petitioners,
        Channel channel,
        Purpose purpose,
        String contentCategory,
        String request,
        String factsAndReasons,
        String placeOfMatter,
        Integer numberOfPeople,
        Boolean collective,
        String accusedTarget,
        RegisteringOrgan registeringOrgan,
        Instant receivedAt,
        String sourceSystem,
        String sourceReference,
        String repeatOf,
        List<ComplainedOrgan> complainedOrgans) {

    /**
     * The same registration with absent flags set to their meaning (false), so that a resubmission that omits an
     * optional flag equals one that states it.
     */
    public PetitionDetails withDefaults() {
        return new PetitionDetails(
                petitioners == null ? null : petitioners.stream().map(p -> p == null ? null : p.withDefaults()).toList(),
                channel, purpose, contentCategory, request, factsAndReasons, placeOfMatter, numberOfPeople,
                isCollective(), accusedTarget, registeringOrgan, receivedAt, sourceSystem, sourceReference,
                repeatOf, complainedOrgans == null ? List.of() : complainedOrgans);
    }

    @JsonIgnore
    public boolean isCollective() {
        return Boolean.TRUE.equals(collective);
    }

    @JsonIgnore
    public long representativeCount() {
        return petitioners == null ? 0 : petitioners.stream().filter(p -> p != null && p.isRepresentative()).count();
    }
}
