package org.petitionsuite.intake.command;

import java.time.Duration;

/**
 * The configurable part of the registration rules, per jurisdiction.
 *
 * @param maxRepresentatives  a collective visit with more representatives than this is told to choose (条例 Art 20 ¶3)
 *                            sets 5 nationally, Zhejiang (2016) Art 15 ¶2 sets 3 for groups of up to 10 people
 * @param allowedClockSkew    how far in the future of our clock a sender's "received at" may lie
 */
public record RegistrationPolicy(int maxRepresentatives, Duration allowedClockSkew) {

    /** National defaults of the 2022 条例. */
    public static RegistrationPolicy national() {
        return new RegistrationPolicy(5, Duration.ofMinutes(5));
    }
}
