package org.petitionsuite.reporting.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.kit.Violations;
import org.petitionsuite.kit.rest.InvalidRequestException;
import org.petitionsuite.limits.WorkingDayCalendar;
import org.petitionsuite.reporting.indicators.Cohort;
import org.petitionsuite.reporting.indicators.Indicators;

/**
 * The public, de-identified open-data export: petition counts by region, channel, purpose or content category, nothing
 * else. A cell with fewer than {@code reporting.open-data.min-cell} petitions is suppressed, and so is the smallest
 * other cell of a breakdown with exactly one small cell, so that a total cannot give it away (secondary suppression).
 * Suppressed cells are not named: naming one would tell that a petition (an accusation, say) was filed about that
 * village or on that day. They are folded into one last cell, {@link #SUPPRESSED}, with no count, which every table
 * has, suppressed or not, so that its presence tells nothing either. No token needed.
 */
@Path("/api/v1/open-data")
@Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
@PermitAll
public class OpenDataResource {
    private final Indicators indicators;
    private final int minCell;

    OpenDataResource(Indicators indicators, @ConfigProperty(name = "reporting.open-data.min-cell") int minCell) {
        this.indicators = indicators;
        this.minCell = minCell;
    }

    /** The key of the one cell that stands for every suppressed cell of a table. */
    public static final String SUPPRESSED = "（小于最小单元的各项已合并隐去）";

    public record Cell(String key, Long items, boolean suppressed) {
    }

    public record Table(String by, String region, String from, String to, int minCell, List<Cell> cells) {
    }

    @GET
    @Path("volume")
    @Operation(summary = "Public petition counts with small cells suppressed",
            description = "by: region (one level below 'region'), channel, purpose or content-category. region "
                    + "required (a division code); from/to as in the dashboard API.")
    public Response volume(@BeanParam CohortQuery query, @QueryParam("by") @DefaultValue("region") String by,
                           @QueryParam("format") @DefaultValue("json") String format) {
        Violations violations = new Violations();
        Indicators.Dimension dimension = switch (by) {
            case "region" -> Indicators.Dimension.REGION;
            case "channel" -> Indicators.Dimension.CHANNEL;
            case "purpose" -> Indicators.Dimension.PURPOSE;
            case "content-category" -> Indicators.Dimension.CONTENT_CATEGORY;
            default -> {
                violations.add("query.by", "is region, channel, purpose or content-category");
                yield Indicators.Dimension.REGION;
            }
        };
        Csv.checkFormat(format, violations);
        DivisionCode region = DivisionCode.NATIONAL;
        try {
            region = DivisionCode.parse(query.region);
        } catch (IllegalArgumentException e) {
            violations.add("query.region", e.getMessage());
        }
        // Only the dimension asked for: a filter on another would let small cells be read off by difference.
        query.channel = query.purpose = query.category = query.legalChannel = query.organ = null;
        Cohort cohort = query.cohort(region, WorkingDayCalendar.dayOf(Instant.now()), violations);
        violations.refuseIfAny(InvalidRequestException::new);
        List<Cell> cells = suppress(indicators.breakdown(cohort, dimension));
        return Csv.orJson(format, "open-data-" + by, Cell.class, cells,
                new Table(by, region.twelveDigits(), cohort.from().toString(), cohort.to().toString(), minCell, cells));
    }

    List<Cell> suppress(List<Indicators.Group> groups) {
        List<Indicators.Group> known = groups.stream().filter(g -> g.key() != null).toList();
        long small = known.stream().filter(g -> g.items() < minCell).count();
        String alsoHide = small == 1 ? known.stream().filter(g -> g.items() >= minCell)
                .min(java.util.Comparator.comparingLong(Indicators.Group::items)).map(Indicators.Group::key).orElse(null)
                : null;
        List<Cell> cells = new java.util.ArrayList<>(known.stream()
                .filter(g -> g.items() >= minCell && !g.key().equals(alsoHide))
                .map(g -> new Cell(g.key(), g.items(), false)).toList());
        cells.add(new Cell(SUPPRESSED, null, true));
        return cells;
    }
}
