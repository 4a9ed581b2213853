package org.petitionsuite.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.petitionsuite.intake.api.ErasePersonalData;
import org.petitionsuite.intake.query.PetitionQueries;
import org.petitionsuite.kit.rest.Problem;
import org.petitionsuite.kit.security.Caller;

/** Erasure of a petition's personal data at the end of its retention (个人信息保护法 Art 47), by crypto-shredding. */
@Path("/api/v1/admin/petitions/{id}/erasure")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class ErasureResource {
    private final PetitionQueries queries;
    private final Caller caller;
    private final CommandGateway commands;

    ErasureResource(PetitionQueries queries, Caller caller, CommandGateway commands) {
        this.queries = queries;
        this.caller = caller;
        this.commands = commands;
    }

    /** Why the data is erased: the ground of 个人信息保护法 Art 47 and the file's reference, e.g. the retention period that ended. */
    public record Erasure(String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Erase the petition's personal data (个人信息保护法 Art 47)",
            description = "Destroys the petition's data key: names, ID numbers, phones, addresses and free texts in the "
                    + "event store can never be opened again, and every read model, document and answer shows 已删除. "
                    + "Statistics are unchanged; rebuilds and replays still work. 202; 400 without a reason; 404 outside "
                    + "the caller's region; 409 when erased already. Operator's runbook: deploy/README.md.")
    public Response erase(@PathParam("id") String id, Erasure body, UriInfo uri) {
        if (queries.findInRegion(id, caller.region()).isEmpty()) {
            return Problem.response(Response.Status.NOT_FOUND, "not-found", "No such petition",
                    "No petition " + id + " in your region.", uri.getRequestUri().getRawPath());
        }
        commands.sendAndWait(new ErasePersonalData(id, body == null ? null : body.reason(), caller.subject(), Instant.now()));
        return Response.accepted().location(uri.getBaseUriBuilder().path("api/v1/petitions").path(id).build()).build();
    }
}
