package org.petitionsuite.intake.command;

import java.util.List;
import org.petitionsuite.kit.Violation;
import org.petitionsuite.kit.rest.Refusal;

/** A registration broke one or more {@link RegistrationRules}; nothing was stored. */
public class InvalidRegistrationException extends Refusal {
    public InvalidRegistrationException(List<Violation> violations) {
        super("invalid-registration", "The registration is invalid", violations);
    }
}
