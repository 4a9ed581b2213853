package org.petitionsuite.kit.rest;

/**
 * A step the law does not allow in the petition's current state (e.g. review requested after the window, acceptance
 * decided twice). Leaves as 409 problem+json naming the {@code rule}.
 */
public class TransitionRefused extends RuntimeException {
    private final String rule;

    public TransitionRefused(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** The article or rule that forbids it, e.g. {@code 条例 Art 35}. */
    public String rule() {
        return rule;
    }
}
