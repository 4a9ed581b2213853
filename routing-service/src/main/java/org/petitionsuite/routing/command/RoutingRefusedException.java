package org.petitionsuite.routing.command;

import java.util.List;
import org.petitionsuite.kit.Violation;
import org.petitionsuite.kit.rest.Refusal;

/** A routing command that breaks a rule; nothing was stored. */
public class RoutingRefusedException extends Refusal {
    public RoutingRefusedException(List<Violation> violations) {
        super("routing-refused", "The routing change is refused", violations);
    }
}
