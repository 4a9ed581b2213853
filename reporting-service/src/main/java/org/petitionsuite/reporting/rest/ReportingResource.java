package org.petitionsuite.reporting.rest;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.petitionsuite.kit.Violations;
import org.petitionsuite.kit.rest.InvalidRequestException;
import org.petitionsuite.kit.security.Caller;
import org.petitionsuite.limits.WorkingDayCalendar;
import org.petitionsuite.reporting.indicators.Cohort;
import org.petitionsuite.reporting.indicators.Indicators;
import org.petitionsuite.reporting.indicators.RiskWatch;
import org.petitionsuite.reporting.projection.ProjectionConsumer;

/**
 * What dashboards read: the §5.1 indicators, breakdowns, time series, the league table of authorities, risk warnings
 * and a live stream, for the petitions whose place of matter lies inside the caller's region. Stable field names;
 * {@code format=csv} for a spreadsheet.
 */
@Path("/api/v1/reporting")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Caller.SUPERVISOR, Caller.ANALYST, Caller.ADMIN})
public class ReportingResource {
    private final Caller caller;
    private final Indicators indicators;
    private final RiskWatch risks;
    private final ProjectionConsumer projection;
    private final int leagueMinCases;

    ReportingResource(Caller caller, Indicators indicators, RiskWatch risks, ProjectionConsumer projection,
                      @ConfigProperty(name = "reporting.league.min-cases") int leagueMinCases) {
        this.caller = caller;
        this.indicators = indicators;
        this.risks = risks;
        this.projection = projection;
        this.leagueMinCases = leagueMinCases;
    }

    @GET
    @Path("indicators")
    @Operation(summary = "The §5.1 indicators and the 法治化指数 for a region and period",
            description = "region: a division code inside the caller's (default: the caller's). from/to: registration days "
                    + "(default: this year to today, Beijing time). Optional channel, purpose, category, legalChannel, organ.")
    public Indicators.Summary summary(@BeanParam CohortQuery query) {
        return indicators.summary(cohort(query, new Violations()));
    }

    @GET
    @Path("breakdown")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "Petitions by channel, purpose, content category, legal channel, authority or region",
            description = "by: channel, purpose, content-category, legal-channel, authority, region (the divisions one "
                    + "level below the region asked for). format=csv for a spreadsheet.")
    public Response breakdown(@BeanParam CohortQuery query, @QueryParam("by") @DefaultValue("channel") String by,
                              @QueryParam("format") @DefaultValue("json") String format) {
        Violations violations = new Violations();
        Indicators.Dimension dimension = dimension(by, violations);
        Csv.checkFormat(format, violations);
        Cohort cohort = cohort(query, violations);
        List<Indicators.Group> groups = indicators.breakdown(cohort, dimension);
        return Csv.orJson(format, "breakdown-" + by, Indicators.Group.class, groups, new Breakdown(by, cohort, groups));
    }

    public record Breakdown(String by, Cohort cohort, List<Indicators.Group> groups) {
    }

    @GET
    @Path("series")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "Petitions per day, week (from Monday) or month of registration")
    public Response series(@BeanParam CohortQuery query, @QueryParam("unit") @DefaultValue("month") String unit,
                           @QueryParam("format") @DefaultValue("json") String format) {
        Violations violations = new Violations();
        if (!List.of("day", "week", "month").contains(unit)) {
            violations.add("query.unit", "is day, week or month");
        }
        Csv.checkFormat(format, violations);
        Cohort cohort = cohort(query, violations);
        List<Indicators.Point> points = indicators.series(cohort, unit);
        return Csv.orJson(format, "series-" + unit, Indicators.Point.class, points, new Series(unit, cohort, points));
    }

    public record Series(String unit, Cohort cohort, List<Indicators.Point> points) {
    }

    @GET
    @Path("authorities")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "League table of the responsible organs, most petitions first (条例 Art 41 ¶1(一))",
            description = "Organs with fewer than reporting.league.min-cases petitions in the period are hidden; "
                    + "'hidden' says how many.")
    public Response authorities(@BeanParam CohortQuery query, @QueryParam("format") @DefaultValue("json") String format) {
        Violations violations = new Violations();
        Csv.checkFormat(format, violations);
        Cohort cohort = cohort(query, violations);
        List<Indicators.Group> all = indicators.breakdown(cohort, Indicators.Dimension.AUTHORITY).stream()
                .filter(g -> g.key() != null).toList();
        List<Indicators.Group> shown = withEnoughCases(all, Indicators.Group::items);
        return Csv.orJson(format, "authorities", Indicators.Group.class, shown,
                new League(cohort, leagueMinCases, all.size() - shown.size(), shown));
    }

    public record League(Cohort cohort, int minCases, int hidden, List<Indicators.Group> authorities) {
    }

    @GET
    @Path("complained-organs")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "The organs most complained about (被投诉机关), most petitions first (条例 Art 41 ¶1(一))",
            description = "Counts the complainedOrgans of petition.registered.v1. Organs named by fewer than "
                    + "reporting.league.min-cases petitions in the period are hidden; 'hidden' says how many.")
    public Response complainedOrgans(@BeanParam CohortQuery query,
                                     @QueryParam("format") @DefaultValue("json") String format) {
        Violations violations = new Violations();
        Csv.checkFormat(format, violations);
        Cohort cohort = cohort(query, violations);
        List<Indicators.ComplainedOrgan> all = indicators.complainedOrgans(cohort);
        List<Indicators.ComplainedOrgan> shown = withEnoughCases(all, Indicators.ComplainedOrgan::items);
        return Csv.orJson(format, "complained-organs", Indicators.ComplainedOrgan.class, shown,
                new ComplainedLeague(cohort, leagueMinCases, all.size() - shown.size(), shown));
    }

    public record ComplainedLeague(Cohort cohort, int minCases, int hidden, List<Indicators.ComplainedOrgan> organs) {
    }

    @GET
    @Path("risks")
    @Operation(summary = "Risk early warnings raised inside the region (volume or collective visits above baseline)")
    public List<RiskWatch.Signal> risks(@QueryParam("region") String region) {
        Violations violations = new Violations();
        String prefix = caller.regionWithin(region, violations).scopePrefix();
        violations.refuseIfAny(InvalidRequestException::new);
        return risks.signals(prefix);
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: the indicators again whenever the projection changed (checked every 2 s)")
    public Multi<Indicators.Summary> stream(@BeanParam CohortQuery query) {
        Cohort cohort = cohort(query, new Violations());
        return Multi.createFrom().ticks().every(Duration.ofSeconds(2))
                .onOverflow().drop()
                .map(tick -> projection.version())
                .skip().repetitions()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(version -> indicators.summary(cohort));
    }

    private Cohort cohort(CohortQuery query, Violations violations) {
        Cohort cohort = query.cohort(caller.regionWithin(query.region, violations),
                WorkingDayCalendar.dayOf(Instant.now()), violations);
        violations.refuseIfAny(InvalidRequestException::new);
        return cohort;
    }

    private static Indicators.Dimension dimension(String by, Violations violations) {
        try {
            return Indicators.Dimension.valueOf(by.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            violations.add("query.by", "is one of " + Arrays.stream(Indicators.Dimension.values())
                    .map(d -> d.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
            return Indicators.Dimension.CHANNEL;
        }
    }

    /** A league table leaves out organs with fewer than {@code reporting.league.min-cases} petitions. */
    private <T> List<T> withEnoughCases(List<T> rows, ToLongFunction<T> items) {
        return rows.stream().filter(r -> items.applyAsLong(r) >= leagueMinCases).toList();
    }
}
