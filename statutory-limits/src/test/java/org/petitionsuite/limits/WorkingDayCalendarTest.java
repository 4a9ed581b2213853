package org.petitionsuite.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {
    private static final WorkingDayCalendar CHINA = WorkingDayCalendar.china();

    @Test
    void holidaysAndAdjustedWorkingDaysOf2025() {
        assertFalse(CHINA.isWorkingDay(LocalDate.parse("2025-10-08")), "国庆节、中秋节 holiday on a Wednesday");
        assertTrue(CHINA.isWorkingDay(LocalDate.parse("2025-09-28")), "调休: a Sunday worked");
        assertFalse(CHINA.isWorkingDay(LocalDate.parse("2025-11-22")), "an ordinary Saturday");
        assertTrue(CHINA.isWorkingDay(LocalDate.parse("2025-11-21")), "an ordinary Friday");
        assertTrue(CHINA.covers(2025));
        assertFalse(CHINA.covers(2030));
    }

    @Test
    void fiveWorkingDaysSpanTheNationalDayHoliday() {
        // Art 23 ¶3: received on Tuesday 30 September 2025; 1–8 October are holidays, 11 October (Saturday) is worked.
        // Counted: 9 Oct (Thu), 10 Oct (Fri), 11 Oct (Sat, 调休), 13 Oct (Mon), 14 Oct (Tue).
        assertEquals(LocalDate.parse("2025-10-14"), CHINA.addWorkingDays(LocalDate.parse("2025-09-30"), 5));
        // An ordinary week: received Monday 17 November 2025, the fifth working day is Monday 24 November.
        assertEquals(LocalDate.parse("2025-11-24"), CHINA.addWorkingDays(LocalDate.parse("2025-11-17"), 5));
    }

    @Test
    void aJurisdictionCanBringItsOwnData() {
        WorkingDayCalendar custom = WorkingDayCalendar.of(2030, """
                # a made-up year
                2030-01-02 holiday 测试
                2030-01-05 workday 测试调休
                """);
        assertFalse(custom.isWorkingDay(LocalDate.parse("2030-01-02")));
        assertTrue(custom.isWorkingDay(LocalDate.parse("2030-01-05")));
        assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.of(2030, "2030-13-01 holiday x"));
        assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.of(2030, "2030-01-01 vacation x"));
    }

    @Test
    void anOperatorCorrectsTheCalendarFromADirectory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("years.list"), "2026\n");
        java.nio.file.Files.writeString(dir.resolve("2026.txt"), "2026-11-17 holiday 更正示例\n");
        WorkingDayCalendar corrected = WorkingDayCalendar.fromDirectory(dir);
        assertFalse(corrected.isWorkingDay(LocalDate.parse("2026-11-17")));
        assertTrue(CHINA.isWorkingDay(LocalDate.parse("2026-11-17")));
        assertTrue(corrected.covers(2026));
        assertThrows(java.io.UncheckedIOException.class, () -> WorkingDayCalendar.fromDirectory(dir.resolve("missing")));
    }

    /** A year without data is refused, not silently counted as weekdays only; the operator may mark it as such. */
    @Test
    void aYearWithoutDataIsRefusedUnlessMarkedWeekdaysOnly() {
        WorkingDayCalendar.YearNotCovered refused = assertThrows(WorkingDayCalendar.YearNotCovered.class,
                () -> CHINA.isWorkingDay(LocalDate.parse("2030-01-02")));
        assertEquals(2030, refused.year());
        assertThrows(WorkingDayCalendar.YearNotCovered.class, () -> CHINA.addWorkingDays(LocalDate.parse("2029-12-28"), 5));
        WorkingDayCalendar marked = CHINA.withWeekdaysOnly(java.util.List.of(2030, 2025));
        assertTrue(marked.isWorkingDay(LocalDate.parse("2030-01-01")), "weekdays only: 1 January is a Tuesday");
        assertFalse(marked.isWorkingDay(LocalDate.parse("2030-01-05")), "a Saturday");
        assertFalse(marked.isWorkingDay(LocalDate.parse("2025-10-08")), "a year with data keeps it");
        assertEquals(java.util.Set.of(2030), marked.weekdaysOnlyYears());
        // A calendar-day limit that ends in the unmarked year is refused too: it must know whether its last day is a holiday.
        LimitProfile national = LimitProfiles.shipped().forPlace("110101");
        assertThrows(WorkingDayCalendar.YearNotCovered.class,
                () -> national.deadline(Step.HANDLING, LocalDate.parse("2029-12-01"), CHINA));
        assertEquals(LocalDate.parse("2030-01-30"), national.deadline(Step.HANDLING, LocalDate.parse("2029-12-01"),
                marked.withWeekdaysOnly(java.util.List.of(2029, 2030))));
    }
}
