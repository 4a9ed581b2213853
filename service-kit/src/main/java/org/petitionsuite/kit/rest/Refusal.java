package org.petitionsuite.kit.rest;

import java.util.List;
import org.petitionsuite.kit.Violation;

/**
 * A request refused by a rule, naming each field and why; nothing was stored. Every subclass leaves as a 400
 * problem+json of its own {@code kind} ({@link ProblemMappers#refused}).
 */
public abstract class Refusal extends RuntimeException {
    private final List<Violation> violations;

    protected Refusal(List<Violation> violations) {
        super(violations.size() + " rule(s) violated");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The last part of the problem type, e.g. {@code invalid-registration}. */
    public abstract String kind();

    /** The problem's title, for people. */
    public abstract String title();
}
