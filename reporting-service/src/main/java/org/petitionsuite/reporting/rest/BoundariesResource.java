package org.petitionsuite.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.kit.Violations;
import org.petitionsuite.kit.rest.InvalidRequestException;
import org.petitionsuite.kit.security.Caller;

/**
 * Boundaries of the divisions one level below a region, for the dashboard's overdue map. The suite ships none: maps
 * published in China must be approved ones (审图号), so the operator puts the jurisdiction's approved GeoJSON in
 * {@code reporting.map.boundaries-dir}, one {@code <12-digit division code>.geojson} per region, each feature
 * carrying its division code in {@code properties.code}. Without a file the dashboard draws a schematic tile map.
 */
@Path("/api/v1/reporting/boundaries")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Caller.SUPERVISOR, Caller.ANALYST, Caller.ADMIN})
public class BoundariesResource {
    static final String GEO_JSON = "application/geo+json";

    private final Caller caller;
    private final Optional<java.nio.file.Path> directory;

    BoundariesResource(Caller caller, @ConfigProperty(name = "reporting.map.boundaries-dir") Optional<java.nio.file.Path> directory) {
        this.caller = caller;
        this.directory = directory;
    }

    @GET
    @Path("{region}")
    @Produces(GEO_JSON)
    @Operation(summary = "GeoJSON of the divisions one level below a region, as the operator configured them",
            description = "404 when no boundaries are configured for the region; the dashboard then draws a tile map.")
    public Response boundaries(@PathParam("region") String region) {
        Violations violations = new Violations();
        try {
            DivisionCode.parse(region);
        } catch (IllegalArgumentException e) {
            violations.add("path.region", e.getMessage());
        }
        violations.refuseIfAny(InvalidRequestException::new);
        // Parsed to digits before it names a file, so the path cannot leave the directory.
        String code = caller.regionWithin(region, violations).twelveDigits();
        java.nio.file.Path file = directory.map(d -> d.resolve(code + ".geojson")).filter(Files::isRegularFile)
                .orElseThrow(() -> new NotFoundException("no boundaries configured for region " + code));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        try {
            return Response.ok(Files.readAllBytes(file), GEO_JSON).cacheControl(cache).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName(), e);
        }
    }
}
