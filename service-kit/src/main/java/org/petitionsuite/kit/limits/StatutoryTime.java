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
                                          @ConfigProperty(name = "limits.calendar.weekdays-only-years") Optional<List<Integer>> weekdaysOnly) {
        return directory.map(WorkingDayCalendar::fromDirectory).orElseGet(WorkingDayCalendar::china)
                .withWeekdaysOnly(weekdaysOnly.orElse(List.of()));
    }
}
