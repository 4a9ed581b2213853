package org.petitionsuite.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.petitionsuite.intake.axon.AxonRuntime;
import org.petitionsuite.kit.security.Caller;
import org.petitionsuite.intake.query.PetitionProjection;

/** Operations for admins. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Caller.ADMIN)
public class AdminResource {
    private final AxonRuntime axon;

    AdminResource(AxonRuntime axon) {
        this.axon = axon;
    }

    public record Replay(String processor, String state) {
    }

    @POST
    @Path("read-model/rebuild")
    @Operation(summary = "Rebuild the petition read model from the event store",
            description = "Answers at once; the read model fills again as the events replay "
                    + "(petition_processor_backlog_events for petition-read-model falls to 0).")
    public Response rebuildReadModel() {
        axon.replay(PetitionProjection.PROCESSING_GROUP);
        return Response.accepted(new Replay(PetitionProjection.PROCESSING_GROUP, "REPLAYING")).build();
    }
}
