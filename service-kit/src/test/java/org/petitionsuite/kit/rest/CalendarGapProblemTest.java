package org.petitionsuite.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.petitionsuite.limits.WorkingDayCalendar;

/** A deadline in a year without holiday data is refused loudly: 503 problem+json naming the year and what to do. */
class CalendarGapProblemTest {

    @Test
    void aYearWithoutDataAnswers503NamingTheYear() {
        Response response = new ProblemMappers().unexpected(
                new IllegalStateException("command failed", new WorkingDayCalendar.YearNotCovered(2028)), null);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type()).endsWith("calendar-year-missing");
        assertThat(problem.title()).contains("2028");
        assertThat(problem.detail()).contains("limits.calendar.weekdays-only-years", "Nothing was changed");
    }
}
