package org.petitionsuite.supervision.clock;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.petitionsuite.limits.DateRange;
import org.petitionsuite.limits.LimitProfile;
import org.petitionsuite.limits.LimitProfiles;
import org.petitionsuite.limits.Period;
import org.petitionsuite.limits.WorkingDayCalendar;

/**
 * The last day of a clock: the one its owner published (routing, intake), or, where supervision owns it (T1, T2) or
 * the owner's record predates it, from the limit profile of the place and the working-day calendar in force. Nothing
 * computed here is stored as a fact: the aggregate and the read model call it each time, so a corrected calendar or
 * profile re-computes every deadline supervision owns when events are replayed.
 */
@Singleton
public class Deadlines {
    /** Art 22 ¶1(三): the petition department sets the reporting deadline of an assigned matter. */
    static final String ASSIGNMENT_ARTICLE = "条例 Art 22 ¶1(三)";

    private final LimitProfiles profiles;
    private final WorkingDayCalendar calendar;

    public Deadlines(LimitProfiles profiles, WorkingDayCalendar calendar) {
        this.profiles = profiles;
        this.calendar = calendar;
    }

    /** A deadline with where it comes from. */
    public record Due(LocalDate day, String article, String profile) {
    }

    /**
     * @param periodDays    for ASSIGNMENT_REPORT, the days set at assignment; ignored otherwise
     * @param extensionDays approved extensions (HANDLING, Art 34)
     * @param paused        days not counted (hearings during re-review, Art 36 ¶2)
     */
    public Due due(ClockStep step, String place, LocalDate start, Integer periodDays, int extensionDays,
                   List<DateRange> paused) {
        return due(step, place, start, periodDays, extensionDays, paused, null);
    }

    /**
     * @param decided the last day as the step's owner decided and published it; taken as it is when present (one
     *                owner per deadline), computed from the rest otherwise
     */
    public Due due(ClockStep step, String place, LocalDate start, Integer periodDays, int extensionDays,
                   List<DateRange> paused, LocalDate decided) {
        LimitProfile profile = profiles.forPlace(place);
        if (decided != null) {
            String article = step.limit() == null ? ASSIGNMENT_ARTICLE : profile.period(step.limit()).orElseThrow().article();
            return new Due(decided, article, profile.label());
        }
        if (step.limit() == null) {
            Period set = new Period(periodDays, Period.Unit.CALENDAR_DAYS, ASSIGNMENT_ARTICLE);
            return new Due(profile.deadline(set, start, calendar, List.of()), ASSIGNMENT_ARTICLE, profile.label());
        }
        String article = profile.period(step.limit()).orElseThrow().article();
        LocalDate day = extensionDays > 0
                ? profile.deadlineExtended(step.limit(), extensionDays, start, calendar)
                : profile.deadline(step.limit(), start, calendar, paused);
        return new Due(day, article, profile.label());
    }
}
