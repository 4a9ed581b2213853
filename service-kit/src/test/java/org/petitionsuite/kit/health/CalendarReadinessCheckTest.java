package org.petitionsuite.kit.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.petitionsuite.limits.WorkingDayCalendar;

/** Readiness tells the truth about the calendar: a year deadlines run into, without data or mark, is DOWN. */
class CalendarReadinessCheckTest {

    private static HealthCheckResponse on(WorkingDayCalendar calendar, String today) {
        return new CalendarReadinessCheck(calendar, new SimpleMeterRegistry()).on(LocalDate.parse(today));
    }

    @Test
    void downWhenThisYearOrTheNextHasNoDataAndNoMark() {
        WorkingDayCalendar shipped = WorkingDayCalendar.china(); // data for 2025 and 2026
        assertThat(on(shipped, "2026-06-01").getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(on(shipped, "2025-06-01").getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        HealthCheckResponse marked = on(shipped.withWeekdaysOnly(List.of(2020, 2027)), "2026-06-01");
        assertThat(marked.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(marked.getData().orElseThrow()).containsEntry("yearsCountedAsWeekdaysOnly", "[2027]")
                .containsEntry("yearsWithHolidayData", "[2025, 2026]").containsEntry("earlierYearsCountedAsWeekdaysOnly", 1L);
        assertThat(marked.getData().orElseThrow().get("action").toString()).contains("State Council");
    }

    @Test
    void theGaugeCountsMarkedYearsFromThisOneOn() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new CalendarReadinessCheck(WorkingDayCalendar.china().withWeekdaysOnly(List.of(2020, 2099)), registry);
        assertThat(registry.get("statutory.calendar.weekdays.only.years").gauge().value()).isEqualTo(1.0);
    }
}
