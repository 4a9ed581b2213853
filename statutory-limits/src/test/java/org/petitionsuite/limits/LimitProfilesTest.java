package org.petitionsuite.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** National 2022 limits and the Zhejiang 2016 profile (petition-rules.md §1.1–1.2), computed on the real calendar. */
class LimitProfilesTest {
    private static final LimitProfiles PROFILES = LimitProfiles.shipped();
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.china();

    @Test
    void theProfileOfAPlaceIsItsMostSpecificJurisdiction() {
        assertEquals("national", PROFILES.forPlace("110101").id());
        assertEquals("zhejiang", PROFILES.forPlace("330102001001").id());
    }

    @Test
    void handlingTakesSixtyDaysNationallyAndThirtyInZhejiang_Art34() {
        LocalDate accepted = LocalDate.parse("2025-03-03");
        // National: 60 days from 3 March 2025 is 2 May 2025, a holiday (1–5 May): it runs to Tuesday 6 May.
        assertEquals(LocalDate.parse("2025-05-06"), PROFILES.forPlace("110101").deadline(Step.HANDLING, accepted, CALENDAR));
        // Zhejiang 2016 Art 23: 30 days, to Wednesday 2 April 2025.
        assertEquals(LocalDate.parse("2025-04-02"), PROFILES.forPlace("330102").deadline(Step.HANDLING, accepted, CALENDAR));
        assertEquals(60, PROFILES.forPlace("330102").period(Step.HANDLING_EXTENSION).orElseThrow().length());
        assertEquals("条例 Art 35", PROFILES.forPlace("330102").period(Step.REVIEW_REQUEST).orElseThrow().article(),
                "what Zhejiang does not set is inherited");
    }

    @Test
    void zhejiangNotifiesAcceptanceInFiveWorkingDays_Art20() {
        LocalDate received = LocalDate.parse("2025-09-30");
        assertEquals(LocalDate.parse("2025-10-14"), PROFILES.forPlace("330106").deadline(Step.ACCEPTANCE_NOTICE, received, CALENDAR));
        assertEquals(LocalDate.parse("2025-10-15"), PROFILES.forPlace("440106").deadline(Step.ACCEPTANCE_NOTICE, received, CALENDAR),
                "national: 15 days to 15 October, a working day");
    }

    @Test
    void hearingTimeDoesNotCountForTheReReviewAnswer_Art36() {
        LocalDate requested = LocalDate.parse("2025-11-03");
        LimitProfile national = PROFILES.forPlace("110101");
        assertEquals(LocalDate.parse("2025-12-03"), national.deadline(Step.RE_REVIEW_ANSWER, requested, CALENDAR));
        List<DateRange> hearing = List.of(new DateRange(LocalDate.parse("2025-11-10"), LocalDate.parse("2025-11-14")));
        assertEquals(LocalDate.parse("2025-12-08"), national.deadline(Step.RE_REVIEW_ANSWER, requested, CALENDAR, hearing),
                "five hearing days added: 8 December, a Monday");
    }

    @Test
    void anExtensionLengthensTheOnePeriodFromAcceptance_Art34() {
        LimitProfile national = PROFILES.forPlace("110101");
        // 60 days from 3 March 2025 fall on the May holiday (due 6 May); 60 + 30 days is 1 June, a Sunday in the
        // Dragon Boat holiday (31 May – 2 June): due Tuesday 3 June.
        assertEquals(LocalDate.parse("2025-06-03"),
                national.deadlineExtended(Step.HANDLING, 30, LocalDate.parse("2025-03-03"), CALENDAR));
    }

    @Test
    void badProfilesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LimitProfiles.of(List.<String[]>of(new String[] {"x",
                "id = x\nversion = 1\nregion = 330000\nHANDLING = 30 calendar-days | Art 1"})), "no national profile");
        assertThrows(IllegalArgumentException.class, () -> LimitProfiles.of(List.<String[]>of(new String[] {"x",
                "id = national\nversion = 1\nregion = 000000\nHANDLING = 30 fortnights | Art 1"})));
        assertThrows(IllegalArgumentException.class, () -> LimitProfiles.of(List.<String[]>of(new String[] {"x",
                "id = national\nversion = 1\nregion = 000000\nHANDLNG = 30 calendar-days | Art 1"})));
        assertThrows(IllegalArgumentException.class, () -> LimitProfiles.of(List.<String[]>of(new String[] {"x",
                "id = zj\nversion = 1\nregion = 330000\nextends = national\nHANDLING = 30 calendar-days | Art 1"})));
    }
}
