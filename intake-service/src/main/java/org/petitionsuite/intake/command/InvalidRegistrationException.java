package org.petitionsuite.intake.command;

import java.util.List;
import org.petitionsuite.kit.Violation;

/** A registration broke one or more {@link RegistrationRules}; nothing was stored. */
public class InvalidRegistrationException extends RuntimeException {
    private final List<Violation> violations;

    public InvalidRegistrationException(List<Violation> violations) {
        super(violations.size() + " registration rule(s) violated");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
