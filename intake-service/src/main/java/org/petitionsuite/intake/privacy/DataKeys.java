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
import java.util.Map;
import java.util.Optional;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.petitionsuite.intake.privacy.PersonalDataCipher.Algorithm;

/**
 * The data keys of personal data at rest, one per petition, in intake's table {@code personal_data_key}, each wrapped
 * (encrypted) under the master key. Erasure (个人信息保护法 Art 47) destroys a petition's key: its sealed values in the
 * event store can never be opened again, which is what makes an append-only store erasable (crypto-shredding).
 *
 * <p>The master key comes from configuration ({@code intake.personal-data.master-key}); a deployment with a key
 * management service replaces {@link #wrap} and {@link #unwrap} (the KMS seam) and keeps the table. Keys are cached
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
    private final Algorithm algorithm;
    private final byte[] masterKey;
    /** Petitions erased through this instance: never served from the cache again, whatever is pending. */
    private final java.util.Set<String> erased = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Cache<String, byte[]> cache = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(CACHE_FOR).build();

    DataKeys(DataSource dataSource, TransactionSynchronizationRegistry transactions,
             @ConfigProperty(name = "intake.personal-data.algorithm", defaultValue = "SM4_GCM") Algorithm algorithm,
             @ConfigProperty(name = "intake.personal-data.master-key") String masterSecret) {
        this.dataSource = dataSource;
        this.transactions = transactions;
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
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO personal_data_key (petition_id, wrapped_key, created_at) "
                     + "VALUES (?, ?, now()) ON CONFLICT (petition_id) DO NOTHING")) {
            insert.setString(1, petitionId);
            insert.setBytes(2, wrap(key, petitionId));
            if (insert.executeUpdate() == 1) {
                remember(petitionId, key);
                return key;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the data key of petition " + petitionId, e);
        }
        cache.invalidate(petitionId); // another registration of the same petition won the race: take its key
        return existingKey(petitionId).orElseThrow(() -> new ErasedException(petitionId));
    }

    /** The petition's data key; empty when it never had one or its personal data was erased. */
    public Optional<byte[]> existingKey(String petitionId) {
        if (erased.contains(petitionId)) {
            return Optional.empty();
        }
        byte[] cached = cache.getIfPresent(petitionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        byte[] inThisTransaction = keysOfThisTransaction().get(petitionId);
        if (inThisTransaction != null) {
            return Optional.of(inThisTransaction);
        }
        Optional<byte[]> key = load(petitionId);
        key.ifPresent(k -> remember(petitionId, k));
        return key;
    }

    /** Destroys the petition's key, keeping when, by whom and why; false when there was none to destroy. */
    public boolean erase(String petitionId, String by, String reason, Instant at) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement erase = c.prepareStatement("UPDATE personal_data_key SET wrapped_key = NULL, erased_at = ?, "
                     + "erased_by = ?, erasure_reason = ? WHERE petition_id = ? AND wrapped_key IS NOT NULL")) {
            erase.setTimestamp(1, Timestamp.from(at));
            erase.setString(2, by);
            erase.setString(3, reason);
            erase.setString(4, petitionId);
            boolean destroyed = erase.executeUpdate() == 1;
            keysOfThisTransaction().remove(petitionId);
            afterCommit(() -> {
                erased.add(petitionId);
                cache.invalidate(petitionId);
            });
            return destroyed;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot erase the data key of petition " + petitionId, e);
        }
    }

    /**
     * Caches a key the database holds, but only once it is committed: a key created in a transaction that rolls back
     * must never seal anything later. Absence is not cached: a petition without a key is rare (erased ones).
     */
    private void remember(String petitionId, byte[] key) {
        keysOfThisTransaction().put(petitionId, key);
        afterCommit(() -> {
            if (!erased.contains(petitionId)) {
                cache.put(petitionId, key);
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

    private Optional<byte[]> load(String petitionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT wrapped_key FROM personal_data_key WHERE petition_id = ?")) {
            select.setString(1, petitionId);
            try (ResultSet r = select.executeQuery()) {
                return r.next() && r.getBytes(1) != null ? Optional.of(unwrap(r.getBytes(1), petitionId)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the data key of petition " + petitionId, e);
        }
    }

    /** The KMS seam: the data key encrypted under the master key, bound to its petition. */
    protected byte[] wrap(byte[] dataKey, String petitionId) {
        return PersonalDataCipher.encrypt(algorithm, masterKey, dataKey, "data-key:" + petitionId);
    }

    protected byte[] unwrap(byte[] wrapped, String petitionId) {
        return PersonalDataCipher.decrypt(masterKey, wrapped, "data-key:" + petitionId);
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
