package org.petitionsuite.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.petitionsuite.kit.rest.Refusal;

/** The violations of one request, collected field by field; the request is refused as a whole if there are any. */
public final class Violations {
    private final List<Violation> found = new ArrayList<>();

    public Violations add(String field, String reason) {
        found.add(new Violation(field, reason));
        return this;
    }

    /** A text that must be given; {@code whenMissing} says why. */
    public Violations requireText(String field, String value, String whenMissing) {
        return value == null || value.isBlank() ? add(field, whenMissing) : this;
    }

    /** A text that must be given, of at most {@code maxLength} characters. */
    public Violations requireText(String field, String value, int maxLength, String whenMissing) {
        return value == null || value.isBlank() ? add(field, whenMissing) : limitText(field, value, maxLength);
    }

    /** A text, if given, of at most {@code maxLength} characters. */
    public Violations limitText(String field, String value, int maxLength) {
        return value != null && value.length() > maxLength ? add(field, "must be at most " + maxLength + " characters") : this;
    }

    /** Throws the refusal made of the violations, if there are any. */
    public void refuseIfAny(Function<List<Violation>, ? extends Refusal> refusal) {
        if (!found.isEmpty()) {
            throw refusal.apply(List.copyOf(found));
        }
    }
}
