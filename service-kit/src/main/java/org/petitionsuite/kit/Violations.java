package org.petitionsuite.kit;

import java.time.Instant;
import java.time.LocalDate;
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

    /** A day like 2026-11-22 within {@link DateBounds}, or {@code otherwise} when absent; null (and a violation) when wrong. */
    public LocalDate day(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        return DateBounds.day(value).orElseGet(() -> {
            add(field, "is a date like 2026-11-22 " + DateBounds.RANGE);
            return null;
        });
    }

    /** An ISO-8601 instant within {@link DateBounds}, or null when absent; null (and a violation) when wrong. */
    public Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return DateBounds.instant(value).orElseGet(() -> {
            add(field, "is an ISO-8601 instant like 2026-11-22T08:00:00+08:00 " + DateBounds.RANGE);
            return null;
        });
    }

    /** Throws the refusal made of the violations, if there are any. */
    public void refuseIfAny(Function<List<Violation>, ? extends Refusal> refusal) {
        if (!found.isEmpty()) {
            throw refusal.apply(List.copyOf(found));
        }
    }
}
