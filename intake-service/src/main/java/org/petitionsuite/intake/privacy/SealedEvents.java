package org.petitionsuite.intake.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.petitionsuite.intake.api.AgreementRecorded;
import org.petitionsuite.intake.api.DocumentIssued;
import org.petitionsuite.intake.api.Evaluated;
import org.petitionsuite.intake.api.HandlingOpinionIssued;
import org.petitionsuite.intake.api.HearingRecorded;
import org.petitionsuite.intake.api.ObjectionNoted;
import org.petitionsuite.intake.api.PetitionDeclined;
import org.petitionsuite.intake.api.PetitionRegistered;
import org.petitionsuite.intake.api.ReviewOpinionIssued;
import org.petitionsuite.intake.api.ReviewRequested;
import org.petitionsuite.intake.domain.PersonalDataMasking;
import org.petitionsuite.kit.axon.EventStorage;

/**
 * How intake stores personal data: sealed with a data key ({@link DataKeys}, {@link PersonalDataCipher}) in the event
 * store, so that destroying the key erases it from the permanent record (crypto-shredding). The domain never sees the
 * difference: events are sealed on their way into the store and opened on their way out. After an erasure a sealed
 * value opens as {@link PersonalDataMasking#ERASED}; a value stored before sealing existed stays as it was.
 *
 * <p>{@link #PETITIONER_FIELDS} and {@link #PERSONAL_FIELDS} are the one list of what is personal: each petitioner's
 * identity, sealed with that person's key, and every free text a petitioner or an official writes about the matter
 * (it names people), sealed with the petition's key.
 */
public final class SealedEvents {

    /** A petitioner's identity, sealed with the person's own key: in {@link PetitionRegistered}, details.petitioners[i]. */
    public static final List<String> PETITIONER_FIELDS = List.of("name", "idNumber", "phone", "address");

    /**
     * Per event type, the properties sealed with the petition's key; {@code a.b[].c} walks into every element of
     * array b. The documents' petitioner and address belong to the petition's file: they go with it.
     */
    public static final Map<Class<?>, List<String>> PERSONAL_FIELDS = Map.of(
            PetitionRegistered.class, List.of("details.request", "details.factsAndReasons", "details.accusedTarget"),
            DocumentIssued.class, List.of("fields.petitioner", "fields.address", "fields.request", "fields.factsAndReasons",
                    "fields.factsFound", "fields.decision", "fields.terms", "fields.reason", "fields.guidance",
                    "fields.summary", "fields.hearingSummary", "fields.objectionReasons"),
            ReviewRequested.class, List.of("request"),
            Evaluated.class, List.of("comment"),
            HandlingOpinionIssued.class, List.of("factsFound", "decision"),
            ReviewOpinionIssued.class, List.of("factsFound", "decision"),
            AgreementRecorded.class, List.of("terms"),
            PetitionDeclined.class, List.of("reason"),
            HearingRecorded.class, List.of("summary"),
            ObjectionNoted.class, List.of("reasons"));

    private SealedEvents() {
    }

    /** The Jackson module for intake's event store. */
    public static SimpleModule module(DataKeys keys) {
        ObjectMapper plain = EventStorage.storageMapper();
        SimpleModule module = new SimpleModule("intake-sealed-events");
        PERSONAL_FIELDS.forEach((type, paths) -> register(module, type, paths, keys, plain));
        return module;
    }

    /**
     * The key is looked up only when a value needs it, once per event: an event with nothing personal in it (an
     * evaluation without a comment) touches no key, and a value sealed already is written as it is.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void register(SimpleModule module, Class type, List<String> paths, DataKeys keys, ObjectMapper plain) {
        module.addSerializer(type, new JsonSerializer<Object>() {
            @Override
            public void serialize(Object event, JsonGenerator out, SerializerProvider provider) throws IOException {
                ObjectNode tree = plain.valueToTree(event);
                String petitionId = tree.path("petitionId").asText();
                Supplier<byte[]> key = once(() -> keys.keyFor(petitionId));
                if (type == PetitionRegistered.class) {
                    sealPetitioners(tree, petitionId, key, keys);
                }
                transform(tree, paths, clear -> PersonalDataCipher.isSealed(clear) ? clear
                        : PersonalDataCipher.seal(keys.algorithm(), key.get(), clear, petitionId));
                out.writeTree(tree);
            }
        });
        List<String> opened = type == PetitionRegistered.class ? java.util.stream.Stream.concat(paths.stream(),
                PETITIONER_FIELDS.stream().map(field -> "details.petitioners[]." + field)).toList() : paths;
        module.addDeserializer(type, new JsonDeserializer<Object>() {
            @Override
            public Object deserialize(JsonParser in, DeserializationContext context) throws IOException {
                ObjectNode tree = in.readValueAsTree();
                String petitionId = tree.path("petitionId").asText();
                Supplier<Optional<byte[]>> petitionKey = once(() -> keys.existingKey(petitionId));
                Map<String, Optional<byte[]>> personKeys = new java.util.HashMap<>();
                transform(tree, opened, stored -> {
                    if (!PersonalDataCipher.isSealed(stored)) {
                        return stored;
                    }
                    String personKeyId = PersonalDataCipher.personKeyIdOf(stored);
                    if (personKeyId == null) {
                        return petitionKey.get().map(k -> PersonalDataCipher.open(k, stored, petitionId)).orElse(PersonalDataMasking.ERASED);
                    }
                    Optional<byte[]> personKey = personKeys.computeIfAbsent(personKeyId, keys::personKey);
                    return petitionKey.get().isEmpty() || personKey.isEmpty() ? PersonalDataMasking.ERASED
                            : PersonalDataCipher.openForPerson(petitionKey.get().get(), personKey.get(), stored, petitionId);
                });
                return plain.treeToValue(tree, type);
            }
        });
    }

    /**
     * Each petitioner's identity with the petition's key and the key of that person ({@link DataKeys#petitionerKeyId},
     * found by position): erasing either erases it.
     */
    private static void sealPetitioners(ObjectNode tree, String petitionId, Supplier<byte[]> petitionKey, DataKeys keys) {
        JsonNode petitioners = tree.path("details").path("petitioners");
        for (int index = 0; index < petitioners.size(); index++) {
            if (!(petitioners.get(index) instanceof ObjectNode petitioner)) {
                continue;
            }
            int at = index;
            JsonNode idNumber = petitioner.get("idNumber");
            Supplier<String> keyId = once(() -> keys.petitionerKeyId(petitionId, at,
                    idNumber == null || idNumber.isNull() || PersonalDataCipher.isSealed(idNumber.asText()) ? null : idNumber.asText()));
            Supplier<byte[]> key = once(() -> keys.personKey(keyId.get()).orElseThrow(() -> new DataKeys.ErasedException(petitionId)));
            transform(petitioner, PETITIONER_FIELDS, clear -> PersonalDataCipher.isSealed(clear) ? clear
                    : PersonalDataCipher.sealForPerson(keys.algorithm(), petitionKey.get(), key.get(), keyId.get(), clear, petitionId));
        }
    }

    /** {@code supplier}, asked at most once. */
    private static <T> Supplier<T> once(Supplier<T> supplier) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = supplier.get();
            }
            @SuppressWarnings("unchecked")
            T known = (T) value[0];
            return known;
        };
    }

    /** Applies {@code change} to every text value at the paths (null and absent values are left alone). */
    static void transform(JsonNode tree, List<String> paths, UnaryOperator<String> change) {
        for (String path : paths) {
            walk(tree, path.split("\\."), 0, change);
        }
    }

    private static void walk(JsonNode node, String[] steps, int at, UnaryOperator<String> change) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        String step = steps[at];
        boolean each = step.endsWith("[]");
        String name = each ? step.substring(0, step.length() - 2) : step;
        JsonNode child = object.get(name);
        if (child == null || child.isNull()) {
            return;
        }
        if (at == steps.length - 1) {
            if (child.isTextual()) {
                object.set(name, TextNode.valueOf(change.apply(child.asText())));
            }
            return;
        }
        if (each) {
            child.forEach(element -> walk(element, steps, at + 1, change));
        } else {
            walk(child, steps, at + 1, change);
        }
    }
}
