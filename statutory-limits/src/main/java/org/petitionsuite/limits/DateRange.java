package org.petitionsuite.limits;

import java.time.LocalDate;

/** Days from {@code first} to {@code last}, both included: e.g. a hearing (听证) whose time does not count (Art 36 ¶2). */
public record DateRange(LocalDate first, LocalDate last) {
    public DateRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a range ends on or after its first day");
        }
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
