package org.petitionsuite.supervision.rest;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.kit.Violations;
import org.petitionsuite.kit.rest.InvalidRequestException;
import org.petitionsuite.kit.rest.Paging;
import org.petitionsuite.kit.rest.Problem;
import org.petitionsuite.kit.rest.ProblemMappers;
import org.petitionsuite.kit.security.Caller;
import org.petitionsuite.limits.WorkingDayCalendar;
import org.petitionsuite.supervision.clock.ClockPolicy;
import org.petitionsuite.supervision.clock.Defect;
import org.petitionsuite.supervision.query.CaseView;
import org.petitionsuite.supervision.query.ClockView;
import org.petitionsuite.supervision.query.DefectView;

/**
 * What supervisors look at (督查督办): overdue and due-soon duties by organ and region, a petition's timeline with every
 * clock, and the Art 43–45 defect counts. Only petitions whose place of matter is inside the caller's region.
 */
@Path("/api/v1/supervision")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Caller.HANDLER, Caller.SUPERVISOR, Caller.ANALYST, Caller.ADMIN})
public class SupervisionResource {
    private final Caller caller;
    private final ClockPolicy policy;
    private final Clock clock;

    SupervisionResource(Caller caller, ClockPolicy policy, Clock clock) {
        this.caller = caller;
        this.clock = clock;
        this.policy = policy;
    }

    /**
     * One clock. {@code overdueSince} is the first day past {@code due} for a running duty that is late on
     * {@code asOf}; {@code state} is RUNNING, DONE or CANCELLED, and LAPSED for a window whose period ended unused.
     */
    public record ClockItem(String petitionId, String clockId, String step, boolean duty, String article,
                            String organCode, String placeOfMatter, LocalDate startDay, LocalDate due, String profile,
                            String state, LocalDate stoppedOn, Boolean timely, LocalDate warnedOn, LocalDate breachedOn,
                            LocalDate overdueSince, Long daysOverdue, Integer extensionDays, String paused) {
    }

    public record ClockList(String view, LocalDate asOf, String region, String organ, List<ClockItem> items, int page,
                            int size, long total) {
    }

    @GET
    @Path("clocks")
    @Operation(summary = "Overdue or due-soon statutory duties, most urgent first",
            description = "view: overdue (running past its last day on asOf), due-soon (last day within 'within' days), or "
                    + "running. Optional organ (directory code) and region (division code inside the caller's). asOf: a "
                    + "day (default today, Beijing time), for dashboards and reproducible reports.")
    public ClockList clocks(@QueryParam("view") @DefaultValue("overdue") String view, @QueryParam("organ") String organ,
                            @QueryParam("region") String region, @QueryParam("within") @DefaultValue("3") int within,
                            @QueryParam("asOf") String asOf, @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("50") int size) {
        Violations violations = new Violations();
        LocalDate day = day(asOf, violations);
        DivisionCode scope = caller.regionWithin(region, violations);
        if (!List.of("overdue", "due-soon", "running").contains(view)) {
            violations.add("query.view", "is overdue, due-soon or running");
        }
        if (within < 0 || within > 60) {
            violations.add("query.within", "is between 0 and 60 days");
        }
        pageLimits(page, size, violations);
        violations.refuseIfAny(InvalidRequestException::new);

        if (caller.isBoundToOrgan()) {
            organ = caller.organ().orElse("-"); // a handler reads its own organ's duties only
        }
        String where = "state = 'RUNNING' and duty = true and placeCode12 like :scope"
                + (organ == null || organ.isBlank() ? "" : " and organCode = :organ")
                + switch (view) {
                    case "overdue" -> " and dueDay < :day";
                    case "due-soon" -> " and dueDay >= :day and dueDay <= :until";
                    default -> "";
                }
                // Never the clocks of a petition that accuses the caller's organ (Art 30 ¶3), whoever asks.
                + (caller.organ().isEmpty() ? "" : " and petitionId not in (select c.petitionId from CaseView c"
                        + " where c.accusedOrganCodes like :accused escape '\\')");
        Parameters params = Parameters.with("scope", scope.scopePrefix() + "%");
        caller.organ().ifPresent(o -> params.and("accused", org.petitionsuite.kit.security.AccusedOrgans.namingPattern(o)));
        if (organ != null && !organ.isBlank()) {
            params.and("organ", organ);
        }
        if (!view.equals("running")) {
            params.and("day", day);
        }
        if (view.equals("due-soon")) {
            params.and("until", day.plusDays(within));
        }
        var query = ClockView.<ClockView>find(where, Sort.ascending("dueDay").and("petitionId").and("clockId"), params);
        List<ClockItem> items = query.page(Page.of(page, size)).list().stream().map(c -> item(c, day)).toList();
        return new ClockList(view, day, scope.twelveDigits(), organ, items, page, size, query.count());
    }

    public record Timeline(String petitionId, String placeOfMatter, LocalDate asOf, List<ClockItem> clocks,
                           List<DefectItem> defects, List<ActionResource.ActionItem> actions) {
    }

    public record DefectItem(String defect, String name, String article, String organCode, String clockId,
                             Instant recordedAt) {
    }

    @GET
    @Path("cases/{petitionId}")
    @Operation(summary = "A petition's timeline: every clock with its deadline and outcome, its defects and the actions on it",
            description = "404 for a petition supervision has not seen, or outside the caller's region.")
    public Response timeline(@PathParam("petitionId") String petitionId, @QueryParam("asOf") String asOf, UriInfo uri) {
        Violations violations = new Violations();
        LocalDate day = day(asOf, violations);
        violations.refuseIfAny(InvalidRequestException::new);
        String scope = caller.region().scopePrefix();
        List<ClockView> clocks = ClockView.<ClockView>list("petitionId", Sort.ascending("startedAt").and("clockId"), petitionId);
        if (clocks.isEmpty() || !clocks.get(0).placeCode12.startsWith(scope) || !mayReadCase(petitionId, clocks)) {
            return Problem.response(Response.Status.NOT_FOUND, "not-found", "No such petition",
                    "supervision has no clocks for petition " + petitionId + " in your region", ProblemMappers.path(uri));
        }
        List<DefectItem> defects = DefectView.<DefectView>list("petitionId", Sort.ascending("recordedAt"), petitionId)
                .stream().map(this::defect).toList();
        List<ActionResource.ActionItem> actions = ActionResource.actionsOn(petitionId).stream()
                .map(ActionResource::item).toList();
        return Response.ok(new Timeline(petitionId, clocks.get(0).placeOfMatter, day,
                clocks.stream().map(c -> item(c, day)).toList(), defects, actions)).build();
    }

    /**
     * Never for an organ the matter accuses (条例 Art 30 ¶3); a handler without a wider role reads only cases in which
     * its organ has a duty.
     */
    private boolean mayReadCase(String petitionId, List<ClockView> clocks) {
        String organ = caller.organ().orElse(null);
        boolean accused = organ != null && CaseView.<CaseView>findByIdOptional(petitionId)
                .map(c -> c.accusedOrgans().contains(organ)).orElse(false);
        return !accused && (!caller.isBoundToOrgan() || clocks.stream().anyMatch(c -> organ != null && organ.equals(c.organCode)));
    }

    /** Defects of one organ, by code, with the configured names. */
    public record OrganDefects(String organCode, long total, Map<String, Long> byDefect) {
    }

    public record DefectCounts(String region, Map<String, String> names, List<OrganDefects> organs) {
    }

    @GET
    @Path("defects")
    @Operation(summary = "Art 43–45 defects per organ (e.g. a province's 四应四不), most first",
            description = "Counts petitions' defects charged to each organ, inside the region (default: the caller's). "
                    + "names: the display name of each defect code, from configuration.")
    public DefectCounts defects(@QueryParam("region") String region, @QueryParam("organ") String organ) {
        Violations violations = new Violations();
        DivisionCode scope = caller.regionWithin(region, violations);
        violations.refuseIfAny(InvalidRequestException::new);
        boolean oneOrgan = organ != null && !organ.isBlank();
        Parameters params = Parameters.with("scope", scope.scopePrefix() + "%");
        if (oneOrgan) {
            params.and("organ", organ);
        }
        List<DefectView> rows = DefectView.list("placeCode12 like :scope" + (oneOrgan ? " and organCode = :organ" : ""), params);
        List<OrganDefects> organs = rows.stream()
                .collect(Collectors.groupingBy(d -> d.organCode, TreeMap::new,
                        Collectors.groupingBy(d -> d.defect, TreeMap::new, Collectors.counting())))
                .entrySet().stream()
                .map(e -> new OrganDefects(e.getKey(), e.getValue().values().stream().mapToLong(Long::longValue).sum(), e.getValue()))
                .sorted(Comparator.comparingLong(OrganDefects::total).reversed().thenComparing(OrganDefects::organCode))
                .toList();
        Map<String, String> names = new TreeMap<>();
        for (Defect d : Defect.values()) {
            names.put(d.name(), policy.nameOf(d));
        }
        return new DefectCounts(scope.twelveDigits(), names, organs);
    }

    private DefectItem defect(DefectView d) {
        return new DefectItem(d.defect, policy.nameOf(Defect.valueOf(d.defect)), d.article, d.organCode, d.clockId,
                d.recordedAt);
    }

    static ClockItem item(ClockView c, LocalDate asOf) {
        boolean running = "RUNNING".equals(c.state);
        boolean late = running && c.duty && asOf.isAfter(c.dueDay);
        String state = running && !c.duty && asOf.isAfter(c.dueDay) ? "LAPSED" : c.state;
        return new ClockItem(c.petitionId, c.clockId, c.step, c.duty, c.article, c.organCode, c.placeOfMatter,
                c.startDay, c.dueDay, c.profile, state, c.stoppedOn, c.timely, c.warnedOn, c.breachedOn,
                late ? c.dueDay.plusDays(1) : null, late ? ChronoUnit.DAYS.between(c.dueDay, asOf) : null,
                c.extensionDays, c.paused.isEmpty() ? null : c.paused);
    }

    private LocalDate day(String asOf, Violations violations) {
        return violations.day("query.asOf", asOf, WorkingDayCalendar.dayOf(clock.instant()));
    }

    /** Lists of clocks and actions: up to 200 a page. */
    static void pageLimits(int page, int size, Violations violations) {
        Paging.check(page, size, 200, violations);
    }
}
