package org.petitionsuite.limits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The time limits in force in one jurisdiction (petition-rules.md §1.2: keep limits configurable per jurisdiction and
 * version, the national 2022 values as default). Computes deadlines with a working-day calendar.
 *
 * @param region     the division code prefix it applies to ("" for the whole country)
 * @param extendPastRestDays a calendar-day period whose last day is a rest day ends on the next working day
 *                   (民法典 Art 203 ¶1, applied by analogy [U])
 */
public record LimitProfile(String id, String version, String region, String source, boolean extendPastRestDays,
                           Map<Step, Period> periods) {

    public LimitProfile {
        periods = Map.copyOf(periods);
    }

    /** {@code id@version}, recorded with every deadline computed from this profile. */
    public String label() {
        return id + "@" + version;
    }

    public Optional<Period> period(Step step) {
        return Optional.ofNullable(periods.get(step));
    }

    /**
     * The last day of {@code step}'s period starting on {@code start} (the start day is not counted, 民法典 Art 201 by
     * analogy [U]); days inside {@code paused} ranges are not counted either (e.g. hearing time, Art 36 ¶2).
     */
    public LocalDate deadline(Step step, LocalDate start, WorkingDayCalendar calendar, List<DateRange> paused) {
        return deadline(period(step).orElseThrow(() -> new IllegalArgumentException(id + " sets no limit for " + step)),
                start, calendar, paused);
    }

    /**
     * The step's period lengthened by {@code extraDays} of the same unit, e.g. handling plus approved extensions
     * (Art 34): one period counted from the start, so a rest-day adjustment never compounds.
     */
    public LocalDate deadlineExtended(Step step, int extraDays, LocalDate start, WorkingDayCalendar calendar) {
        Period base = period(step).orElseThrow(() -> new IllegalArgumentException(id + " sets no limit for " + step));
        return deadline(new Period(base.length() + extraDays, base.unit(), base.article()), start, calendar, List.of());
    }

    /**
     * The last day of {@code period} starting on {@code start}, counted under this profile's rules: for a period the
     * law leaves to a person, e.g. the reporting deadline the petition department sets for an assigned matter
     * (Art 22 ¶1(三)).
     */
    public LocalDate deadline(Period period, LocalDate start, WorkingDayCalendar calendar, List<DateRange> paused) {
        LocalDate day = start;
        int counted = 0;
        while (counted < period.length()) {
            day = day.plusDays(1);
            LocalDate d = day;
            if (paused.stream().anyMatch(r -> r.contains(d))) {
                continue;
            }
            if (period.unit() == Period.Unit.CALENDAR_DAYS || calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        if (period.unit() == Period.Unit.CALENDAR_DAYS && extendPastRestDays) {
            while (!calendar.isWorkingDay(day)) {
                day = day.plusDays(1);
            }
        }
        return day;
    }

    public LocalDate deadline(Step step, LocalDate start, WorkingDayCalendar calendar) {
        return deadline(step, start, calendar, List.of());
    }
}
