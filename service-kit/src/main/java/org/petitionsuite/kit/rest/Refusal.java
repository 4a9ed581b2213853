package org.petitionsuite.kit.rest;

import java.util.List;
import org.petitionsuite.kit.Violation;

/**
 * A request refused by a rule, naming each field and why; nothing was stored. Leaves as a 400 problem+json of its
 * {@code kind} ({@link ProblemMappers#refused}). Subclasses name the kind of refusal for callers and tests.
 */
public class Refusal extends RuntimeException {
    private final String kind;
    private final String title;
    private final List<Violation> violations;

    /**
     * @param kind  the last part of the problem type, e.g. {@code invalid-registration}
     * @param title the problem's title, for people
     */
    protected Refusal(String kind, String title, List<Violation> violations) {
        super(violations.size() + " rule(s) violated");
        this.kind = kind;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }
}
