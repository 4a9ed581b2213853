package org.petitionsuite.supervision.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The texts of an action that stay in supervision (the published events carry no free text): the reasons given at
 * issue, the organ's response, the closing note. {@code part} says which.
 */
@Revision("1")
public record ActionTexts(String actionId, Part part, String text, String by, Instant at) {

    public enum Part {
        REASONS, RESPONSE, CLOSING_NOTE
    }
}
