package org.petitionsuite.kit.rest;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.petitionsuite.kit.axon.AxonApplication;
import org.petitionsuite.kit.security.Caller;

/** Operations for admins, the same in every event-sourced service (left out where {@code petition.event-sourced=false}). */
@IfBuildProperty(name = "petition.event-sourced", stringValue = "true", enableIfMissing = true)
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Caller.ADMIN)
public class AdminResource {
    private final AxonApplication axon;

    AdminResource(AxonApplication axon) {
        this.axon = axon;
    }

    public record Replay(String processor, String state) {
    }

    @POST
    @Path("read-model/rebuild")
    @Operation(summary = "Rebuild the service's read model from its event store",
            description = "Answers at once; the read model fills again as the events replay "
                    + "(petition_processor_backlog_events of the read-model processor falls to 0).")
    public Response rebuildReadModel() {
        axon.rebuildReadModel();
        return Response.accepted(new Replay(axon.readModelProcessingGroup(), "REPLAYING")).build();
    }
}
