package org.petitionsuite.intake.command;

import java.util.List;
import org.petitionsuite.kit.Violation;
import org.petitionsuite.kit.rest.Refusal;

/** A procedural step (acceptance, and those to come) given without what the law requires of it; nothing was stored. */
public class InvalidStepException extends Refusal {
    public InvalidStepException(List<Violation> violations) {
        super(violations);
    }

    @Override
    public String kind() {
        return "invalid-step";
    }

    @Override
    public String title() {
        return "The step is incomplete";
    }
}
