package org.petitionsuite.kit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The dates a request may carry (issue 18 item 1), in a query ({@link Violations#day}, {@link Violations#instant}) or
 * a body ({@code StrictJson}) alike. Petition work under the 1995 and later regulations, a county's back file included,
 * falls well inside; a deadline or a report period beyond 2199 is a typing error. Outside, PostgreSQL (or a read
 * model's column) refused the date with a 500 or halted a projection: +999999999-12-31 did both.
 */
public final class DateBounds {
    public static final LocalDate EARLIEST = LocalDate.of(1980, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    public static final String RANGE = "from " + EARLIEST + " to " + LATEST;
    public static final String REASON = "is a date " + RANGE;

    private DateBounds() {
    }

    public static boolean contains(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    /** An instant is inside when its UTC date is (a day either side of Beijing's date, both inside the range). */
    public static boolean contains(Instant instant) {
        return instant.isAfter(Instant.MIN.plusSeconds(86_400)) && instant.isBefore(Instant.MAX.minusSeconds(86_400))
                && contains(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /** An ISO-8601 day ({@code 2026-11-21}) inside the bounds; empty when it is not one. */
    public static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE)).filter(DateBounds::contains);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An ISO-8601 instant with offset ({@code 2026-11-21T09:12:00+08:00}, {@code ...Z}) inside the bounds; else empty. */
    public static Optional<Instant> instant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant())
                    .filter(DateBounds::contains);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
