package org.petitionsuite.intake.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Authenticated encryption of one personal value: SM4-GCM (GB/T 32907, the commercial cryptography Chinese government
 * systems are assessed against) by default, AES-GCM selectable. A sealed value is the text
 * {@code pd1:<base64(algorithm byte, 12-byte nonce, ciphertext and 16-byte tag)>}; the associated data binds it to its
 * petition, so a value copied onto another petition does not open.
 */
public final class PersonalDataCipher {
    /** The prefix of a sealed value: anything else stored is clear text from before sealing existed. */
    public static final String PREFIX = "pd1:";
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
        return value != null && value.startsWith(PREFIX);
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
