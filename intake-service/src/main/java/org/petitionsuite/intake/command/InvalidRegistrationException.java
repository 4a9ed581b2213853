package org.petitionsuite.intake.command;

import java.util.List;
import org.petitionsuite.kit.Violation;
import org.petitionsuite.kit.rest.Refusal;

/** A registration broke one or more {@link RegistrationRules}; nothing was stored. */
public class InvalidRegistrationException extends Refusal {
    public InvalidRegistrationException(List<Violation> violations) {
        super(violations);
    }

    @Override
    public String kind() {
        return "invalid-registration";
    }

    @Override
    public String title() {
        return "The registration is invalid";
    }
}
