package org.petitionsuite.kit.rest;

import java.util.List;
import org.petitionsuite.kit.Violation;

/** A request's query parameters or headers are malformed. */
public class InvalidRequestException extends Refusal {
    public InvalidRequestException(List<Violation> violations) {
        super(violations);
    }

    @Override
    public String kind() {
        return "invalid-request";
    }

    @Override
    public String title() {
        return "The request is invalid";
    }
}
