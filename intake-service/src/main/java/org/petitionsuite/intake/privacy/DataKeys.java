package org.petitionsuite.intake.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.petitionsuite.intake.privacy.PersonalDataCipher.Algorithm;

/**
 * The data keys of personal data at rest, wrapped (encrypted) under the master key. Erasure (个人信息保护法 Art 47)
 * destroys a key: the values sealed with it in the event store can never be opened again, which is what makes an
 * append-only store erasable (crypto-shredding). Two kinds of key:
 * <ul>
 *   <li>a <b>petition key</b> ({@code personal_data_key}, one per petition) seals the petition's file: its free texts
 *       and documents, which mix everything the petitioners and officials wrote; it goes when the petition's retention
 *       ends, or when the last of its petitioners is erased;</li>
 *   <li>a <b>person key</b> ({@code person_data_key}) seals, together with the petition key, one petitioner's identity
 *       (name, ID number, phone, address: {@link PersonalDataCipher#sealForPerson}), so that erasing the petition or
 *       the person each erases it. A petitioner with a resident ID number has one key across all their petitions,
 *       found by the ID number's pseudonym, so that erasing the person reaches every petition at once; one without
 *       gets a key of their own in that petition. {@code petitioner_data_key} says which petitioner of which petition
 *       uses which key.</li>
 * </ul>
 *
 * <p>The master key comes from configuration ({@code intake.personal-data.master-key}); a deployment with a key
 * management service replaces {@link #wrap} and {@link #unwrap} (the KMS seam) and keeps the tables. Keys are cached
 * for {@link #CACHE_FOR}, so an erasure reaches every instance within that time; the instance that erases forgets as
 * soon as the erasure commits.
 */
@ApplicationScoped
public class DataKeys {
    static final Duration CACHE_FOR = Duration.ofSeconds(30);

    /** Where a transaction keeps its own keys (TransactionSynchronizationRegistry resources). */
    private final Object transactionKeys = new Object();
    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final Pseudonymizer pseudonymizer;
    private final Algorithm algorithm;
    private final byte[] masterKey;
    /** Keys erased through this instance ({@link #petitionSlot}, {@link #personSlot}): never served from the cache again. */
    private final java.util.Set<String> erased = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Cache<String, byte[]> cache = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(CACHE_FOR).build();

    DataKeys(DataSource dataSource, TransactionSynchronizationRegistry transactions, Pseudonymizer pseudonymizer,
             @ConfigProperty(name = "intake.personal-data.algorithm", defaultValue = "SM4_GCM") Algorithm algorithm,
             @ConfigProperty(name = "intake.personal-data.master-key") String masterSecret) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.pseudonymizer = pseudonymizer;
        this.algorithm = algorithm;
        this.masterKey = Arrays.copyOf(sha256(masterSecret), algorithm.keyBytes());
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    /** The petition's data key, created on first use (in the caller's transaction: it commits with the first event). */
    public byte[] keyFor(String petitionId) {
        Optional<byte[]> known = existingKey(petitionId);
        if (known.isPresent()) {
            return known.get();
        }
        byte[] key = PersonalDataCipher.newKey(algorithm);
        String slot = petitionSlot(petitionId);
        int inserted = update("INSERT INTO personal_data_key (petition_id, wrapped_key, created_at) VALUES (?, ?, now()) "
                + "ON CONFLICT (petition_id) DO NOTHING", petitionId, wrap(key, slot));
        if (inserted == 1) {
            remember(slot, key);
            return key;
        }
        cache.invalidate(slot); // another registration of the same petition won the race: take its key
        return existingKey(petitionId).orElseThrow(() -> new ErasedException(petitionId));
    }

    /** The petition's data key; empty when it never had one or the petition's personal data was erased. */
    public Optional<byte[]> existingKey(String petitionId) {
        return existing(petitionSlot(petitionId), "SELECT wrapped_key FROM personal_data_key WHERE petition_id = ?", petitionId);
    }

    /**
     * The id of the person key that seals the petitioner at {@code index} of the petition, created on first use: the
     * live key of the same ID number when the person has one already, else a new one (a new key also for a person
     * erased before: what they give now is given anew).
     */
    public String petitionerKeyId(String petitionId, int index, String idNumber) {
        String pseudonym = pseudonymizer.of(idNumber);
        String keyId = pseudonym == null ? newPersonKey(null) : liveKeyOf(pseudonym).orElseGet(() -> newPersonKey(pseudonym));
        // A registration is sealed once: the link is new, and only a conflict (the same event sealed again) reads it back.
        if (update("INSERT INTO petitioner_data_key (petition_id, petitioner_index, key_id) VALUES (?, ?, ?) "
                + "ON CONFLICT (petition_id, petitioner_index) DO NOTHING", petitionId, index, keyId) == 1) {
            return keyId;
        }
        return queryText("SELECT key_id FROM petitioner_data_key WHERE petition_id = ? AND petitioner_index = ?", petitionId, index)
                .orElseThrow();
    }

    /** The person key; empty when it was erased (or never existed). */
    public Optional<byte[]> personKey(String keyId) {
        return existing(personSlot(keyId), "SELECT wrapped_key FROM person_data_key WHERE key_id = ?", keyId);
    }

    private Optional<String> liveKeyOf(String pseudonym) {
        return queryText("SELECT key_id FROM person_data_key WHERE pseudonym = ? AND wrapped_key IS NOT NULL", pseudonym);
    }

    private String newPersonKey(String pseudonym) {
        String keyId = java.util.UUID.randomUUID().toString();
        byte[] key = PersonalDataCipher.newKey(algorithm);
        int inserted = update("INSERT INTO person_data_key (key_id, pseudonym, wrapped_key, created_at) VALUES (?, ?, ?, now()) "
                + "ON CONFLICT (pseudonym) WHERE wrapped_key IS NOT NULL DO NOTHING", keyId, pseudonym, wrap(key, personSlot(keyId)));
        if (inserted == 1) {
            remember(personSlot(keyId), key);
            return keyId;
        }
        // A concurrent registration of the same person won the race: share its key.
        return liveKeyOf(pseudonym).orElseThrow(() -> new IllegalStateException("no person key after a conflict"));
    }

    /** Destroys the petition's key, keeping when, by whom and why; false when there was none to destroy. */
    public boolean erase(String petitionId, String by, String reason, Instant at) {
        boolean destroyed = update("UPDATE personal_data_key SET wrapped_key = NULL, erased_at = ?, erased_by = ?, erasure_reason = ? "
                + "WHERE petition_id = ? AND wrapped_key IS NOT NULL", Timestamp.from(at), by, reason, petitionId) == 1;
        forget(petitionSlot(petitionId));
        return destroyed;
    }

    /**
     * Erases a person in one of their petitions: destroys the person key (in the first of their petitions to be
     * erased; later ones find it gone) and marks the petition done. Once every petition of the key is done the
     * pseudonym goes from the key table too, so that nothing links the ID number to the erased key any more.
     */
    public void erasePerson(String keyId, String petitionId, String by, String reason, Instant at) {
        update("UPDATE person_data_key SET wrapped_key = NULL, erased_at = ?, erased_by = ?, erasure_reason = ? "
                + "WHERE key_id = ? AND wrapped_key IS NOT NULL", Timestamp.from(at), by, reason, keyId);
        update("UPDATE petitioner_data_key SET erased_at = ? WHERE key_id = ? AND petition_id = ? AND erased_at IS NULL",
                Timestamp.from(at), keyId, petitionId);
        update("UPDATE person_data_key SET pseudonym = NULL WHERE key_id = ? AND NOT EXISTS "
                + "(SELECT 1 FROM petitioner_data_key WHERE key_id = ? AND erased_at IS NULL)", keyId, keyId);
        forget(personSlot(keyId));
    }

    /** A petitioner of a petition and the person key that seals them. */
    public record PetitionerKey(String petitionId, int index, String keyId, boolean erased) {
    }

    /** The petitioners sealed with the person keys of this ID number (live, or erased with petitions still to mark). */
    public List<PetitionerKey> petitionersOf(String idNumber) {
        String pseudonym = pseudonymizer.of(idNumber);
        return pseudonym == null ? List.of() : petitioners("SELECT u.petition_id, u.petitioner_index, u.key_id, u.erased_at IS NOT NULL "
                + "FROM petitioner_data_key u JOIN person_data_key k ON k.key_id = u.key_id WHERE k.pseudonym = ? "
                + "ORDER BY u.petition_id, u.petitioner_index", pseudonym);
    }

    /** Every petitioner sealed with the same person key as the petitioner at {@code index} of the petition. */
    public List<PetitionerKey> petitionersSharingKeyWith(String petitionId, int index) {
        return petitioners("SELECT u.petition_id, u.petitioner_index, u.key_id, u.erased_at IS NOT NULL FROM petitioner_data_key u "
                + "WHERE u.key_id = (SELECT key_id FROM petitioner_data_key WHERE petition_id = ? AND petitioner_index = ?) "
                + "ORDER BY u.petition_id, u.petitioner_index", petitionId, index);
    }

    /** The positions of the petition's petitioners sealed with the person key. */
    public List<Integer> petitionerIndexes(String petitionId, String keyId) {
        return petitioners("SELECT u.petition_id, u.petitioner_index, u.key_id, u.erased_at IS NOT NULL FROM petitioner_data_key u "
                + "WHERE u.petition_id = ? AND u.key_id = ? ORDER BY u.petitioner_index", petitionId, keyId)
                .stream().map(PetitionerKey::index).toList();
    }

    /** The pseudonym the key was found by while it still links to a petition; empty for a person without an ID number. */
    public Optional<String> pseudonymOfKey(String keyId) {
        return queryText("SELECT pseudonym FROM person_data_key WHERE key_id = ?", keyId);
    }

    private List<PetitionerKey> petitioners(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = prepare(c, sql, parameters);
             ResultSet r = select.executeQuery()) {
            List<PetitionerKey> found = new java.util.ArrayList<>();
            while (r.next()) {
                found.add(new PetitionerKey(r.getString(1), r.getInt(2), r.getString(3), r.getBoolean(4)));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the person keys", e);
        }
    }

    private static String petitionSlot(String petitionId) {
        return "data-key:" + petitionId;
    }

    private static String personSlot(String keyId) {
        return "person-key:" + keyId;
    }

    /** A key by its slot: forgotten if erased here, cached, created or read in this transaction, or from its table. */
    private Optional<byte[]> existing(String slot, String select, String id) {
        if (erased.contains(slot)) {
            return Optional.empty();
        }
        byte[] cached = cache.getIfPresent(slot);
        if (cached != null) {
            return Optional.of(cached);
        }
        byte[] inThisTransaction = keysOfThisTransaction().get(slot);
        if (inThisTransaction != null) {
            return Optional.of(inThisTransaction);
        }
        Optional<byte[]> key = queryBytes(select, id).map(wrapped -> unwrap(wrapped, slot));
        key.ifPresent(k -> remember(slot, k));
        return key;
    }

    /** After an erasure: this transaction and, once it commits, this instance never serve the key again. */
    private void forget(String slot) {
        keysOfThisTransaction().remove(slot);
        afterCommit(() -> {
            erased.add(slot);
            cache.invalidate(slot);
        });
    }

    /**
     * Caches a key the database holds, but only once it is committed: a key created in a transaction that rolls back
     * must never seal anything later. Absence is not cached: a key that is not there is rare (erased ones).
     */
    private void remember(String slot, byte[] key) {
        keysOfThisTransaction().put(slot, key);
        afterCommit(() -> {
            if (!erased.contains(slot)) {
                cache.put(slot, key);
            }
        });
    }

    /**
     * The keys this transaction created or read: a registration seals several events, and each would otherwise read
     * the key again, since the shared cache takes it only after commit. Empty and thrown away outside a transaction.
     */
    @SuppressWarnings("unchecked")
    private Map<String, byte[]> keysOfThisTransaction() {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return new java.util.HashMap<>();
        }
        Map<String, byte[]> keys = (Map<String, byte[]>) transactions.getResource(transactionKeys);
        if (keys == null) {
            keys = new java.util.HashMap<>();
            transactions.putResource(transactionKeys, keys);
        }
        return keys;
    }

    /** Runs {@code action} now outside a transaction, or once the current one has committed. */
    private void afterCommit(Runnable action) {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            action.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }

    private int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = prepare(c, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change the data keys", e);
        }
    }

    private Optional<String> queryText(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = prepare(c, sql, parameters);
             ResultSet r = select.executeQuery()) {
            return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the data keys", e);
        }
    }

    private Optional<byte[]> queryBytes(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = prepare(c, sql, parameters);
             ResultSet r = select.executeQuery()) {
            return r.next() ? Optional.ofNullable(r.getBytes(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the data keys", e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    /** The KMS seam: the data key encrypted under the master key, bound to its slot (petition or person key id). */
    protected byte[] wrap(byte[] dataKey, String slot) {
        return PersonalDataCipher.encrypt(algorithm, masterKey, dataKey, slot);
    }

    protected byte[] unwrap(byte[] wrapped, String slot) {
        return PersonalDataCipher.decrypt(masterKey, wrapped, slot);
    }

    private static byte[] sha256(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("intake.personal-data.master-key is not set (PETITION_PERSONAL_DATA_MASTER_KEY)");
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The petition's personal data was erased while it was being written: nothing can be sealed for it. */
    public static final class ErasedException extends IllegalStateException {
        ErasedException(String petitionId) {
            super("the personal data of petition " + petitionId + " was erased");
        }
    }
}
