package org.petitionsuite.reporting.rest;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Arrays;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.kit.Violations;
import org.petitionsuite.reporting.indicators.Cohort;

/** The query parameters that choose a {@link Cohort}, shared by every figure of the dashboard API. */
public class CohortQuery {
    /** Longest period one request may cover: ten years of daily rows is still a small query. */
    private static final int MAX_DAYS = 3660;

    @QueryParam("region")
    public String region;
    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;
    @QueryParam("channel")
    public String channel;
    @QueryParam("purpose")
    public String purpose;
    @QueryParam("category")
    public String category;
    @QueryParam("legalChannel")
    public String legalChannel;
    @QueryParam("organ")
    public String organ;

    /** The cohort inside {@code scope}; {@code from} defaults to 1 January of {@code today}'s year, {@code to} to today. */
    public Cohort cohort(DivisionCode scope, LocalDate today, Violations violations) {
        LocalDate start = violations.day("query.from", from, today.withDayOfYear(1));
        LocalDate end = violations.day("query.to", to, today);
        if (start != null && end != null && (start.isAfter(end) || start.plusDays(MAX_DAYS).isBefore(end))) {
            violations.add("query.to", "is on or after 'from', and at most " + MAX_DAYS + " days after it");
        }
        oneOf("query.channel", channel, Channel.values(), violations);
        oneOf("query.purpose", purpose, Purpose.values(), violations);
        oneOf("query.legalChannel", legalChannel, LegalChannel.values(), violations);
        violations.limitText("query.category", category, 200);
        violations.limitText("query.organ", organ, 64);
        return new Cohort(scope.scopePrefix(), start, end, channel, purpose, category, legalChannel, organ);
    }

    private static void oneOf(String field, String value, Enum<?>[] allowed, Violations violations) {
        if (value != null && !value.isBlank() && Arrays.stream(allowed).noneMatch(a -> a.name().equals(value))) {
            violations.add(field, "is one of " + Arrays.toString(allowed));
        }
    }
}
