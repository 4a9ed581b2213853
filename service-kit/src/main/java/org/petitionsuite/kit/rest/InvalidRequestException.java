package org.petitionsuite.kit.rest;

import java.util.List;
import org.petitionsuite.kit.Violation;

/** A request's query parameters or body fields outside a domain rule are malformed. */
public class InvalidRequestException extends Refusal {
    public InvalidRequestException(List<Violation> violations) {
        super("invalid-request", "The request is invalid", violations);
    }
}
