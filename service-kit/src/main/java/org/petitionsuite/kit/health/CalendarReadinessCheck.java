package org.petitionsuite.kit.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.TreeSet;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.petitionsuite.limits.WorkingDayCalendar;

/**
 * Readiness of the working-day calendar: DOWN when this year or the next (where deadlines counted today end) has
 * neither holiday data nor the operator's weekdays-only mark, since no deadline could be counted there; UP otherwise,
 * naming the years with data, the years from this one on counted as weekdays only, and how many earlier ones are. {@code statutory_calendar_weekdays_only_years}
 * counts the marked years from this one on: alert when it is above 0, it means a State Council notice is to be loaded.
 */
@Readiness
@ApplicationScoped
public class CalendarReadinessCheck implements HealthCheck {
    private final WorkingDayCalendar calendar;

    CalendarReadinessCheck(WorkingDayCalendar calendar, MeterRegistry registry) {
        this.calendar = calendar;
        Gauge.builder("statutory.calendar.weekdays.only.years", this, CalendarReadinessCheck::markedFromThisYearOn)
                .description("Years from this one on that the working-day calendar counts as weekdays only, without holiday data")
                .register(registry);
    }

    private double markedFromThisYearOn() {
        int year = WorkingDayCalendar.dayOf(java.time.Instant.now()).getYear();
        return calendar.weekdaysOnlyYears().stream().filter(y -> y >= year).count();
    }

    @Override
    public HealthCheckResponse call() {
        return on(WorkingDayCalendar.dayOf(java.time.Instant.now()));
    }

    /** The answer on {@code today} (Beijing time). */
    HealthCheckResponse on(LocalDate today) {
        int year = today.getYear();
        boolean usable = usable(year) && usable(year + 1);
        return HealthCheckResponse.named("working-day calendar")
                .status(usable)
                .withData("yearsWithHolidayData", new TreeSet<>(calendar.coveredYears()).toString())
                .withData("yearsCountedAsWeekdaysOnly", new TreeSet<>(calendar.weekdaysOnlyYears().stream()
                        .filter(y -> y >= year).toList()).toString())
                .withData("earlierYearsCountedAsWeekdaysOnly", calendar.weekdaysOnlyYears().stream().filter(y -> y < year).count())
                .withData("action", usable
                        ? (calendar.weekdaysOnlyYears().stream().anyMatch(y -> y >= year)
                                ? "load the State Council's holiday notice for the weekdays-only years (deploy/README.md)" : "none")
                        : "no holiday data for " + year + " or " + (year + 1) + ": load the notice (limits.calendar.dir) or mark "
                                + "the year weekdays only (limits.calendar.weekdays-only-years)")
                .build();
    }

    private boolean usable(int year) {
        return calendar.covers(year) || calendar.weekdaysOnlyYears().contains(year);
    }
}
