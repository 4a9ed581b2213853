package org.petitionsuite.intake.command;

import java.util.List;
import org.petitionsuite.kit.Violation;
import org.petitionsuite.kit.rest.Refusal;

/** A procedural step (acceptance, and those to come) given without what the law requires of it; nothing was stored. */
public class InvalidStepException extends Refusal {
    public InvalidStepException(List<Violation> violations) {
        super("invalid-step", "The step is incomplete", violations);
    }
}
