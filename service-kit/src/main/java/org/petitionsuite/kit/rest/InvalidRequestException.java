package org.petitionsuite.kit.rest;

import java.util.List;
import org.petitionsuite.kit.Violation;

/** A request's query parameters or headers are malformed. */
public class InvalidRequestException extends RuntimeException {
    private final List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super("invalid request");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
