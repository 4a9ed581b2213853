package org.petitionsuite.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.DocumentType;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.intake.api.DocumentIssued;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.PetitionRegistered;
import org.petitionsuite.intake.api.Petitioner;
import org.petitionsuite.intake.privacy.PersonalDataCipher.Algorithm;
import org.petitionsuite.intake.domain.PersonalDataMasking;
import org.petitionsuite.kit.axon.EventStorage;

/** Sealing on the way into the event store, opening on the way out, 已删除 once the key is gone. */
class SealedEventsTest {
    /** Keys in memory: this tests the sealing, not the key table (ErasureTest does, on PostgreSQL). */
    private static final class KeysInMemory extends DataKeys {
        final Map<String, byte[]> keys = new HashMap<>();
        /** Person keys by key id, and the key id of each person (ID number, or petition and position without one). */
        final Map<String, byte[]> personKeys = new HashMap<>();
        final Map<String, String> personKeyIds = new HashMap<>();

        KeysInMemory(Algorithm algorithm) {
            super(null, null, null, algorithm, "test-master-key");
        }

        @Override
        public String petitionerKeyId(String petitionId, int index, String idNumber) {
            String keyId = personKeyIds.computeIfAbsent(idNumber != null ? idNumber : petitionId + "#" + index,
                    person -> "k" + personKeyIds.size());
            personKeys.computeIfAbsent(keyId, id -> PersonalDataCipher.newKey(algorithm()));
            return keyId;
        }

        @Override
        public Optional<byte[]> personKey(String keyId) {
            return Optional.ofNullable(personKeys.get(keyId));
        }

        @Override
        public byte[] keyFor(String petitionId) {
            return keys.computeIfAbsent(petitionId, id -> PersonalDataCipher.newKey(algorithm()));
        }

        @Override
        public Optional<byte[]> existingKey(String petitionId) {
            return Optional.ofNullable(keys.get(petitionId));
        }
    }

    private static PetitionDetails details() {
        PetitionDetails d = Samples.details();
        return new PetitionDetails(d.petitioners(), d.channel(), d.purpose(), d.contentCategory(),
                "请求支付工资，身份证" + d.petitioners().get(0).idNumber(), "王建国多次讨要", d.placeOfMatter(), 1, false,
                "某公司负责人", d.registeringOrgan(), d.receivedAt(), d.sourceSystem(), d.sourceReference(), null, List.of());
    }

    @Test
    void personalValuesAreSealedInTheStoredBytesAndOpenAgain() throws Exception {
        for (Algorithm algorithm : Algorithm.values()) {
            KeysInMemory keys = new KeysInMemory(algorithm);
            ObjectMapper store = EventStorage.storageMapper().registerModule(SealedEvents.module(keys));
            PetitionDetails details = details();
            PetitionRegistered event = new PetitionRegistered("p-1", details, Instant.parse("2026-11-20T01:00:00Z"), "r", "p-1");
            String stored = new String(store.writeValueAsBytes(event), StandardCharsets.UTF_8);
            var petitioner = details.petitioners().get(0);
            for (String personal : List.of(petitioner.name(), petitioner.idNumber(), petitioner.phone(), petitioner.address(),
                    "某公司负责人", "多次讨要")) {
                assertThat(stored).as(algorithm + ": " + personal).doesNotContain(personal);
            }
            assertThat(stored).contains(details.contentCategory()).contains(details.placeOfMatter()).contains(PersonalDataCipher.PREFIX);
            assertThat(store.readValue(stored, PetitionRegistered.class)).isEqualTo(event);
        }
    }

    /** The free text an organ writes into a document (a completion report's result, a hearing's account) names people too. */
    @Test
    void theFreeTextOfReportsAndHearingRecordsIsSealed() throws Exception {
        KeysInMemory keys = new KeysInMemory(Algorithm.SM4_GCM);
        ObjectMapper store = EventStorage.storageMapper().registerModule(SealedEvents.module(keys));
        for (DocumentType type : List.of(DocumentType.COMPLETION_REPORT, DocumentType.HEARING_RECORD)) {
            DocumentIssued document = new DocumentIssued("p-3", "330102", type.slug() + "-1", type, "杭上信〔2026〕2号",
                    Map.of("summary", "王建国已领取工资", "hearingSummary", "王建国到场陈述", "hearingDays", "2026年11月20日",
                            "organName", "上城区人社局"), Instant.parse("2026-11-20T01:00:00Z"));
            String stored = new String(store.writeValueAsBytes(document), StandardCharsets.UTF_8);
            assertThat(stored).as(type.name()).doesNotContain("王建国").contains("上城区人社局").contains("2026年11月20日");
            assertThat(store.readValue(stored, DocumentIssued.class)).isEqualTo(document);
        }
    }

    @Test
    void withoutItsKeyAValueOpensAsErasedAndTheRestIsUnchanged() throws Exception {
        KeysInMemory keys = new KeysInMemory(Algorithm.SM4_GCM);
        ObjectMapper store = EventStorage.storageMapper().registerModule(SealedEvents.module(keys));
        DocumentIssued document = new DocumentIssued("p-2", "330102", "acceptance-notice-1", DocumentType.ACCEPTANCE_NOTICE,
                "杭上信受〔2026〕1号", Map.of("petitioner", "王建国", "address", "某小区", "organName", "上城区人社局", "issuedOn", "二〇二六年十一月二十日"),
                Instant.parse("2026-11-20T01:00:00Z"));
        byte[] stored = store.writeValueAsBytes(document);
        keys.keys.remove("p-2");
        DocumentIssued opened = store.readValue(stored, DocumentIssued.class);
        assertThat(opened.fields()).containsEntry("petitioner", PersonalDataMasking.ERASED).containsEntry("address", PersonalDataMasking.ERASED)
                .containsEntry("organName", "上城区人社局").containsEntry("issuedOn", "二〇二六年十一月二十日");
        assertThat(opened.number()).isEqualTo(document.number());
    }

    @Test
    void aPersonsKeyErasesThemInEveryPetitionAndThePetitionsKeyOnlyInItsOwn() throws Exception {
        KeysInMemory keys = new KeysInMemory(Algorithm.SM4_GCM);
        ObjectMapper store = EventStorage.storageMapper().registerModule(SealedEvents.module(keys));
        PetitionDetails single = details();
        Petitioner person = single.petitioners().get(0);
        Petitioner other = new Petitioner("李秀英", null, "13900001111", "某村3组", false, true);
        PetitionDetails collective = new PetitionDetails(List.of(other, person), single.channel(), single.purpose(),
                single.contentCategory(), "联名请求", "事实", single.placeOfMatter(), 2, true, null, single.registeringOrgan(),
                single.receivedAt(), single.sourceSystem(), single.sourceReference() + "-c", null, List.of());
        byte[] first = store.writeValueAsBytes(new PetitionRegistered("p-a", single, Instant.parse("2026-11-20T01:00:00Z"), "r", "p-a"));
        byte[] second = store.writeValueAsBytes(new PetitionRegistered("p-b", collective, Instant.parse("2026-11-21T01:00:00Z"), "r", "p-b"));
        // The identity names its person key; the key is shared by the person's petitions, the text is not.
        String personKeyId = keys.petitionerKeyId("p-a", 0, person.idNumber());
        assertThat(new String(first, StandardCharsets.UTF_8)).contains(PersonalDataCipher.PERSON_PREFIX + personKeyId + ":")
                .doesNotContain(person.name());
        assertThat(new String(second, StandardCharsets.UTF_8)).contains(PersonalDataCipher.PERSON_PREFIX + personKeyId + ":")
                .doesNotContain(other.name());

        keys.personKeys.remove(personKeyId); // the person's own erasure
        PetitionDetails a = store.readValue(first, PetitionRegistered.class).details();
        PetitionDetails b = store.readValue(second, PetitionRegistered.class).details();
        for (Petitioner erased : List.of(a.petitioners().get(0), b.petitioners().get(1))) {
            assertThat(List.of(erased.name(), erased.idNumber(), erased.phone(), erased.address()))
                    .containsOnly(PersonalDataMasking.ERASED);
        }
        assertThat(b.petitioners().get(0)).isEqualTo(other);
        assertThat(a.request()).isEqualTo(single.request());
        assertThat(b.request()).isEqualTo("联名请求");

        keys.keys.remove("p-b"); // the collective petition's retention ended: its other petitioner and text go too
        PetitionDetails afterPetition = store.readValue(second, PetitionRegistered.class).details();
        assertThat(afterPetition.petitioners().get(0).name()).isEqualTo(PersonalDataMasking.ERASED);
        assertThat(afterPetition.request()).isEqualTo(PersonalDataMasking.ERASED);
    }

    @Test
    void aPetitionsErasureLeavesTheSamePersonReadableInTheirOtherPetitions() throws Exception {
        KeysInMemory keys = new KeysInMemory(Algorithm.AES_GCM);
        ObjectMapper store = EventStorage.storageMapper().registerModule(SealedEvents.module(keys));
        PetitionDetails details = details();
        byte[] first = store.writeValueAsBytes(new PetitionRegistered("p-c", details, Instant.parse("2026-11-20T01:00:00Z"), "r", "p-c"));
        byte[] second = store.writeValueAsBytes(new PetitionRegistered("p-d", details, Instant.parse("2026-11-20T01:00:00Z"), "r", "p-d"));
        keys.keys.remove("p-c");
        assertThat(store.readValue(first, PetitionRegistered.class).details().petitioners().get(0).name())
                .isEqualTo(PersonalDataMasking.ERASED);
        assertThat(store.readValue(second, PetitionRegistered.class).details().petitioners().get(0))
                .isEqualTo(details.petitioners().get(0));
    }

    @Test
    void aPersonSealedValueOpensOnlyWithBothKeysOnItsPetition() {
        byte[] petitionKey = PersonalDataCipher.newKey(Algorithm.SM4_GCM);
        byte[] personKey = PersonalDataCipher.newKey(Algorithm.SM4_GCM);
        String sealed = PersonalDataCipher.sealForPerson(Algorithm.SM4_GCM, petitionKey, personKey, "k-1", "王建国", "p-1");
        assertThat(PersonalDataCipher.personKeyIdOf(sealed)).isEqualTo("k-1");
        assertThat(PersonalDataCipher.openForPerson(petitionKey, personKey, sealed, "p-1")).isEqualTo("王建国");
        assertThatThrownBy(() -> PersonalDataCipher.openForPerson(petitionKey, personKey, sealed, "p-2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalDataCipher.openForPerson(personKey, petitionKey, sealed, "p-1"))
                .isInstanceOf(IllegalArgumentException.class);
        String otherKeyId = sealed.replace("pd2:k-1:", "pd2:k-2:");
        assertThatThrownBy(() -> PersonalDataCipher.openForPerson(petitionKey, personKey, otherKeyId, "p-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSealedValueOpensOnlyWithItsKeyOnItsPetitionAndUnaltered() {
        byte[] key = PersonalDataCipher.newKey(Algorithm.SM4_GCM);
        String sealed = PersonalDataCipher.seal(Algorithm.SM4_GCM, key, "王建国", "p-1");
        assertThat(PersonalDataCipher.open(key, sealed, "p-1")).isEqualTo("王建国");
        assertThatThrownBy(() -> PersonalDataCipher.open(key, sealed, "p-2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalDataCipher.open(PersonalDataCipher.newKey(Algorithm.SM4_GCM), sealed, "p-1"))
                .isInstanceOf(IllegalArgumentException.class);
        char[] chars = sealed.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> PersonalDataCipher.open(key, new String(chars), "p-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clearValuesStoredBeforeSealingExistedStillRead() throws Exception {
        ObjectMapper store = EventStorage.storageMapper().registerModule(SealedEvents.module(new KeysInMemory(Algorithm.SM4_GCM)));
        PetitionRegistered event = new PetitionRegistered("p-3", details(), Instant.parse("2026-11-20T01:00:00Z"), "r", "p-3");
        byte[] clear = EventStorage.storageMapper().writeValueAsBytes(event);
        assertThat(store.readValue(clear, PetitionRegistered.class)).isEqualTo(event);
    }
}
