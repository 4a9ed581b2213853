package org.petitionsuite.limits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Working days (工作日) in mainland China: Monday to Friday, minus public holidays, plus the weekend days made working
 * days (调休), from yearly data files. Used for the limits the law counts in working days, e.g. the 5 working days of an
 * objection to a wrong forward or assignment (条例 Art 23 ¶3).
 *
 * <p>A year without data is refused ({@link YearNotCovered}): counting it as weekdays only would silently move
 * deadlines past holidays. An operator who accepts that for a year until its notice is published marks it
 * ({@link #withWeekdaysOnly}, {@code limits.calendar.weekdays-only-years}); {@link #covers(int)} tells which years have
 * data and {@link #weekdaysOnlyYears()} which are marked.
 */
public final class WorkingDayCalendar {
    /** Statutory days are days in Beijing time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final Map<LocalDate, Boolean> exceptions; // true = working day, false = holiday
    private final Set<Integer> years;
    private final Set<Integer> weekdaysOnly;

    private WorkingDayCalendar(Map<LocalDate, Boolean> exceptions, Set<Integer> years, Set<Integer> weekdaysOnly) {
        this.exceptions = Map.copyOf(exceptions);
        this.years = Set.copyOf(years);
        this.weekdaysOnly = Set.copyOf(weekdaysOnly);
    }

    /**
     * This calendar, with {@code marked} years counted as weekdays only (Saturday and Sunday rest, no holiday) where it
     * has no data for them: the operator's decision until the year's State Council notice is loaded. Years with data
     * keep their data.
     */
    public WorkingDayCalendar withWeekdaysOnly(java.util.Collection<Integer> marked) {
        Set<Integer> only = new HashSet<>(marked);
        only.removeAll(years);
        return new WorkingDayCalendar(exceptions, years, only);
    }

    /** The years with holiday data. */
    public Set<Integer> coveredYears() {
        return years;
    }

    /** The years without data that the operator marked as weekdays only. */
    public Set<Integer> weekdaysOnlyYears() {
        return weekdaysOnly;
    }

    /** A day in a year without holiday data that nobody marked as weekdays only: no deadline can be counted there. */
    public static final class YearNotCovered extends IllegalStateException {
        private final int year;

        public YearNotCovered(int year) {
            super("the working-day calendar has no holiday data for " + year + ": load the State Council's notice for "
                    + year + " (limits.calendar.dir) or mark the year as weekdays only (limits.calendar.weekdays-only-years)");
            this.year = year;
        }

        public int year() {
            return year;
        }
    }

    /** The calendar shipped in {@code calendars/cn/}. */
    public static WorkingDayCalendar china() {
        return load(file -> read("calendars/cn/" + file));
    }

    /**
     * A calendar from a directory laid out like {@code calendars/cn/} ({@code years.list} and one {@code YEAR.txt} per
     * year): how an operator corrects a holiday without a release. Deadlines are re-computed when events are replayed.
     */
    public static WorkingDayCalendar fromDirectory(Path directory) {
        return load(file -> {
            try {
                return Files.readString(directory.resolve(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read calendar file " + directory.resolve(file), e);
            }
        });
    }

    private static WorkingDayCalendar load(Function<String, String> files) {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        for (String line : files.apply("years.list").split("\n")) {
            String year = line.strip();
            if (!year.isEmpty() && !year.startsWith("#")) {
                years.add(Integer.parseInt(year));
                parse(year + ".txt", files.apply(year + ".txt"), exceptions);
            }
        }
        return new WorkingDayCalendar(exceptions, years, Set.of());
    }

    /** A calendar from lines of {@code DATE holiday|workday NAME}, for tests and jurisdictions with their own data. */
    public static WorkingDayCalendar of(int year, String lines) {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        parse("calendar " + year, lines, exceptions);
        return new WorkingDayCalendar(exceptions, Set.of(year), Set.of());
    }

    /** The day, in Beijing time, on which {@code instant} falls: the day a period starts from or is met on. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    /** @throws YearNotCovered for a day of a year without data that is not marked weekdays only */
    public boolean isWorkingDay(LocalDate date) {
        Boolean exception = exceptions.get(date);
        if (exception != null) {
            return exception;
        }
        if (!years.contains(date.getYear()) && !weekdaysOnly.contains(date.getYear())) {
            throw new YearNotCovered(date.getYear());
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a period of {@code workingDays} working days that starts on {@code start}. The start day is not
     * counted (民法典 Art 201, applied by analogy [U]); the period ends at the end of the returned day.
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a period has at least one working day");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private static void parse(String name, String text, Map<LocalDate, Boolean> into) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            try {
                LocalDate date = LocalDate.parse(parts[0]);
                switch (parts.length > 1 ? parts[1] : "") {
                    case "holiday" -> into.put(date, false);
                    case "workday" -> into.put(date, true);
                    default -> throw new IllegalArgumentException(name + " line " + (i + 1) + ": expected 'holiday' or 'workday'");
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(name + " line " + (i + 1) + ": not a date: " + parts[0], e);
            }
        }
    }

    private static String read(String resource) {
        try (InputStream in = WorkingDayCalendar.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
