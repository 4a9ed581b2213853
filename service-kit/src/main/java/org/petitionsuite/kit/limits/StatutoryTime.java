package org.petitionsuite.kit.limits;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.petitionsuite.limits.LimitProfiles;
import org.petitionsuite.limits.WorkingDayCalendar;

/** statutory-limits' profiles and working-day calendar as beans, the same in every service. */
@Singleton
public class StatutoryTime {

    @Produces
    @Singleton
    LimitProfiles limitProfiles() {
        return LimitProfiles.shipped();
    }

    /**
     * The shipped calendar, or the one in {@code limits.calendar.dir} (same layout as {@code calendars/cn/}): a
     * holiday notice corrected or a new year loaded without a release. Replaying events re-computes the deadlines with
     * it. Years without data are refused unless listed in {@code limits.calendar.weekdays-only-years}.
     */
    @Produces
    @Singleton
    WorkingDayCalendar workingDayCalendar(@ConfigProperty(name = "limits.calendar.dir") Optional<Path> directory,
                                          @ConfigProperty(name = "limits.calendar.weekdays-only-years") Optional<List<String>> weekdaysOnly) {
        return directory.map(WorkingDayCalendar::fromDirectory).orElseGet(WorkingDayCalendar::china)
                .withWeekdaysOnly(years(weekdaysOnly.orElse(List.of())));
    }

    /** The earliest and latest years a range without an end stands for: the People's Republic's, and this century's. */
    static final int FIRST_YEAR = 1949, LAST_YEAR = 2100;

    /**
     * Years from entries such as {@code 2027}, {@code 2019..2021}, {@code ..2024} (every year up to 2024) or
     * {@code 2030..}; anything else stops the start with the entry named.
     */
    static List<Integer> years(List<String> entries) {
        List<Integer> years = new java.util.ArrayList<>();
        for (String entry : entries) {
            String e = entry.strip();
            try {
                if (e.contains("..")) {
                    String from = e.substring(0, e.indexOf("..")).strip(), to = e.substring(e.indexOf("..") + 2).strip();
                    int first = from.isEmpty() ? FIRST_YEAR : Integer.parseInt(from);
                    int last = to.isEmpty() ? LAST_YEAR : Integer.parseInt(to);
                    for (int y = first; y <= last; y++) {
                        years.add(y);
                    }
                } else if (!e.isEmpty()) {
                    years.add(Integer.parseInt(e));
                }
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("limits.calendar.weekdays-only-years: '" + entry
                        + "' is not a year or a range of years (2027, 2019..2021, ..2024, 2030..)", ex);
            }
        }
        return years;
    }
}
