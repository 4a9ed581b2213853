package org.petitionsuite.intake.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Authenticated encryption of one personal value: SM4-GCM (GB/T 32907, the commercial cryptography Chinese government
 * systems are assessed against) by default, AES-GCM selectable. A value sealed with its petition's key is the text
 * {@code pd1:<base64(algorithm byte, 12-byte nonce, ciphertext and 16-byte tag)>}; one sealed with a person's key
 * names the key: {@code pd2:<key id>:<base64(...)>} ({@link DataKeys}). The associated data binds a value to its
 * petition (and key), so a value copied onto another petition does not open.
 */
public final class PersonalDataCipher {
    /** The prefix of a sealed value: anything else stored is clear text from before sealing existed. */
    public static final String PREFIX = "pd1:";
    /** The prefix of a value sealed with a person's key, followed by the key id and a colon. */
    public static final String PERSON_PREFIX = "pd2:";
    /** The one BouncyCastle provider of intake, for the SM algorithms the JDK lacks (SM4 here, HMAC-SM3 for pseudonyms). */
    public static final BouncyCastleProvider BOUNCY_CASTLE = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    public enum Algorithm {
        SM4_GCM((byte) 1, "SM4"),
        AES_GCM((byte) 2, "AES");

        final byte id;
        final String keyAlgorithm;

        Algorithm(byte id, String keyAlgorithm) {
            this.id = id;
            this.keyAlgorithm = keyAlgorithm;
        }

        /** Key length in bytes: SM4 has 128-bit keys; AES is used with 256. */
        public int keyBytes() {
            return this == SM4_GCM ? 16 : 32;
        }

        static Algorithm of(byte id) {
            for (Algorithm a : values()) {
                if (a.id == id) {
                    return a;
                }
            }
            throw new IllegalArgumentException("unknown algorithm " + id);
        }
    }

    private PersonalDataCipher() {
    }

    public static boolean isSealed(String value) {
        return value != null && (value.startsWith(PREFIX) || value.startsWith(PERSON_PREFIX));
    }

    /** The person key a value is sealed with; null for a value sealed with its petition's key or not sealed. */
    public static String personKeyIdOf(String value) {
        if (value == null || !value.startsWith(PERSON_PREFIX)) {
            return null;
        }
        int end = value.indexOf(':', PERSON_PREFIX.length());
        return end < 0 ? null : value.substring(PERSON_PREFIX.length(), end);
    }

    /**
     * Seals a petitioner's value with a key derived from both the petition's key and the person's key: it opens only
     * while both exist, so erasing the petition (its retention ended) or the person (their own request) each erases
     * it. The sealed text names the person key.
     */
    public static String sealForPerson(Algorithm algorithm, byte[] petitionKey, byte[] personKey, String keyId, String clear,
                                       String petitionId) {
        if (clear == null) {
            return null;
        }
        byte[] key = Arrays.copyOf(derive(petitionKey, personKey), algorithm.keyBytes());
        byte[] sealed = encrypt(algorithm, key, clear.getBytes(StandardCharsets.UTF_8), personData(keyId, petitionId));
        return PERSON_PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    public static String openForPerson(byte[] petitionKey, byte[] personKey, String sealed, String petitionId) {
        String keyId = personKeyIdOf(sealed);
        byte[] raw = Base64.getDecoder().decode(sealed.substring(PERSON_PREFIX.length() + keyId.length() + 1));
        if (raw.length == 0) {
            throw new IllegalArgumentException("sealed value too short");
        }
        byte[] key = Arrays.copyOf(derive(petitionKey, personKey), Algorithm.of(raw[0]).keyBytes());
        return new String(decrypt(key, raw, personData(keyId, petitionId)), StandardCharsets.UTF_8);
    }

    /** HMAC-SHA256 under the person key of the petition key: neither alone gives the value key. */
    private static byte[] derive(byte[] petitionKey, byte[] personKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(personKey, "HmacSHA256"));
            mac.update("petitioner-value-key:".getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(petitionKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String personData(String keyId, String petitionId) {
        return "person:" + keyId + "@" + petitionId;
    }

    /** A fresh random data key for the algorithm. */
    public static byte[] newKey(Algorithm algorithm) {
        byte[] key = new byte[algorithm.keyBytes()];
        RANDOM.nextBytes(key);
        return key;
    }

    public static String seal(Algorithm algorithm, byte[] key, String clear, String associatedData) {
        if (clear == null) {
            return null;
        }
        byte[] sealed = encrypt(algorithm, key, clear.getBytes(StandardCharsets.UTF_8), associatedData);
        return PREFIX + Base64.getEncoder().encodeToString(sealed);
    }

    /** The clear value; {@link IllegalArgumentException} when the key or associated data does not fit or the value was altered. */
    public static String open(byte[] key, String sealed, String associatedData) {
        byte[] raw = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        return new String(decrypt(key, raw, associatedData), StandardCharsets.UTF_8);
    }

    /** Raw form: algorithm byte, nonce, ciphertext with tag. Also used to wrap data keys under the master key. */
    public static byte[] encrypt(Algorithm algorithm, byte[] key, byte[] clear, String associatedData) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(algorithm);
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, algorithm.keyAlgorithm), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] body = cipher.doFinal(clear);
            return ByteBuffer.allocate(1 + NONCE_BYTES + body.length).put(algorithm.id).put(nonce).put(body).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal with " + algorithm, e);
        }
    }

    public static byte[] decrypt(byte[] key, byte[] sealed, String associatedData) {
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("sealed value too short");
        }
        Algorithm algorithm = Algorithm.of(sealed[0]);
        try {
            Cipher cipher = cipher(algorithm);
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, algorithm.keyAlgorithm),
                    new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the value does not open with this key (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static Cipher cipher(Algorithm algorithm) throws GeneralSecurityException {
        return algorithm == Algorithm.SM4_GCM ? Cipher.getInstance("SM4/GCM/NoPadding", BOUNCY_CASTLE) : Cipher.getInstance("AES/GCM/NoPadding");
    }
}
