package org.petitionsuite.routing.command;

import java.util.List;
import org.petitionsuite.kit.Violation;

/** A routing command that breaks a rule; nothing was stored. */
public class RoutingRefusedException extends RuntimeException {
    private final List<Violation> violations;

    public RoutingRefusedException(List<Violation> violations) {
        super(violations.size() + " routing rule(s) violated");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
