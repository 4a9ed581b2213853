package org.petitionsuite.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.petitionsuite.kit.security.Caller;
import org.petitionsuite.reporting.projection.ProjectionConsumer;

/** Rebuild of the projection from offset zero, and its progress ({@code deploy/local/suite rebuild-reporting} polls it). */
@Path("/api/v1/admin/projection")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Caller.ADMIN)
public class ProjectionAdminResource {
    private final ProjectionConsumer projection;

    ProjectionAdminResource(ProjectionConsumer projection) {
        this.projection = projection;
    }

    @GET
    @Operation(summary = "LIVE, or REBUILDING with records read of records to read and progress 0–1")
    public Status status() {
        return Status.of(projection.rebuild());
    }

    @POST
    @Path("rebuild")
    @Operation(summary = "Empty the projection and read every topic again from offset zero", description = "202 at once.")
    public Response rebuild() {
        return Response.accepted(Status.of(projection.requestRebuild())).build();
    }

    public record Status(String state, String startedAt, String finishedAt, long read, long toRead, double progress) {
        static Status of(ProjectionConsumer.Rebuild r) {
            return new Status(r.state(), r.startedAt() == null ? null : r.startedAt().toString(),
                    r.finishedAt() == null ? null : r.finishedAt().toString(), r.read(), r.toRead(), r.progress());
        }
    }
}
