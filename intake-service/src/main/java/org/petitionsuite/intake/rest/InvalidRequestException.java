package org.petitionsuite.intake.rest;

import java.util.List;
import org.petitionsuite.intake.domain.Violation;

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
