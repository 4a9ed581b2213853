package org.petitionsuite.supervision.command;

import java.util.List;
import org.petitionsuite.kit.Violation;
import org.petitionsuite.kit.rest.Refusal;

/** A supervision command with missing or invalid fields; nothing was stored. */
public class SupervisionRefusedException extends Refusal {
    public SupervisionRefusedException(List<Violation> violations) {
        super("supervision-refused", "The supervision request is refused", violations);
    }
}
