package org.petitionsuite.testkit;

import java.security.SecureRandom;
import java.util.HexFormat;

/** W3C trace context for tests: a fresh trace id, and a {@code traceparent} naming it as an upstream caller would. */
public final class Traces {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Traces() {
    }

    /** 32 lower-case hex digits, never all zero. */
    public static String newTraceId() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        id[0] |= 1;
        return HexFormat.of().formatHex(id);
    }

    /** A sampled {@code traceparent} of {@code traceId} with a fixed parent span id. */
    public static String traceparent(String traceId) {
        return "00-" + traceId + "-00f067aa0ba902b7-01";
    }

    /** The trace id a {@code traceparent} names, or null for none. */
    public static String traceIdOf(String traceparent) {
        return traceparent == null || traceparent.length() < 35 ? null : traceparent.substring(3, 35);
    }
}
