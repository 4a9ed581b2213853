package org.petitionsuite.routing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.kit.Violation;
import org.petitionsuite.kit.rest.InvalidRequestException;
import org.petitionsuite.kit.rest.Problem;
import org.petitionsuite.kit.rest.ProblemMappers;
import org.petitionsuite.kit.security.Caller;
import org.petitionsuite.routing.catalog.Catalog;
import org.petitionsuite.routing.catalog.CatalogLibrary;
import org.petitionsuite.routing.catalog.Rule;
import org.petitionsuite.routing.query.RoutingDecisionView;

/** Routing decisions and the catalog they come from, so that any decision can be explained (条例 Art 28–31). */
@Path("/api/v1/routing")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Caller.REGISTRAR, Caller.HANDLER, Caller.SUPERVISOR, Caller.ANALYST, Caller.INTEGRATOR, Caller.ADMIN})
public class RoutingResource {
    private final Caller caller;
    private final CatalogLibrary catalogs;

    RoutingResource(Caller caller, CatalogLibrary catalogs) {
        this.caller = caller;
        this.catalogs = catalogs;
    }

    public record Decision(String petitionId, String placeOfMatter, PetitionKind kind, String kindLabel,
                           LegalChannel channel, String channelLabel, boolean leavesThePetitionProcedure,
                           String catalogVersion, String ruleId, String article, String rationale, List<String> evidence,
                           Instant classifiedAt, RouteTaken route) {
    }

    /** Where the petition was sent (Art 22 ¶1); null until routed. */
    public record RouteTaken(String organCode, String organName, String organLevel, String organRegion, String mode,
                             Integer reportWithinDays, String directoryVersion, String article, String rationale,
                             List<String> flags) {
    }

    public record CatalogInForce(String place, String version, List<Rule> rules, List<String> files) {
    }

    @GET
    @Path("decisions/{petitionId}")
    @Operation(summary = "The classification of a petition, with catalog version, rule, article and rationale",
            description = "404 while the petition is not classified yet, and for a petition outside the caller's region.")
    public Response decision(@PathParam("petitionId") String petitionId, UriInfo uri) {
        DivisionCode region = caller.region();
        return RoutingDecisionView.<RoutingDecisionView>findByIdOptional(petitionId)
                .filter(v -> v.placeCode12.startsWith(region.scopePrefix()))
                .map(v -> Response.ok(new Decision(v.petitionId, v.placeOfMatter, v.kind, v.kind.label(), v.channel,
                        v.channel.label(), v.channel.leavesThePetitionProcedure(), v.catalogVersion, v.ruleId, v.article,
                        v.rationale, v.evidence, v.classifiedAt, routeOf(v))).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "not-found", "No routing decision",
                        "No decision for petition " + petitionId + " in your region (yet).", ProblemMappers.path(uri)));
    }

    private static RouteTaken routeOf(RoutingDecisionView v) {
        return v.routeMode == null ? null : new RouteTaken(v.organCode, v.organName, v.organLevel, v.organRegion,
                v.routeMode, v.reportWithinDays, v.directoryVersion, v.routeArticle, v.routeRationale, v.routeFlags);
    }

    @GET
    @Path("catalog")
    @Operation(summary = "The classification rules in force at a place, highest priority first",
            description = "place: a 6- or 12-digit division code; without it, the national catalog.")
    public CatalogInForce catalog(@QueryParam("place") String place) {
        String at = place == null || place.isEmpty() ? "000000" : place;
        try {
            DivisionCode.parse(at);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(new Violation("query.place", e.getMessage())));
        }
        Catalog catalog = catalogs.forPlace(at);
        return new CatalogInForce(at, catalog.version(), catalog.rules(), catalogs.versions());
    }
}
