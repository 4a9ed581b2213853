package org.petitionsuite.kit.rest;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.petitionsuite.kit.Violations;
import org.petitionsuite.kit.axon.AxonApplication;
import org.petitionsuite.kit.axon.DeadLetters;
import org.petitionsuite.kit.security.Caller;

/** Operations for admins, the same in every event-sourced service (left out where {@code petition.event-sourced=false}). */
@IfBuildProperty(name = "petition.event-sourced", stringValue = "true", enableIfMissing = true)
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Caller.ADMIN)
public class AdminResource {
    private static final Logger LOG = Logger.getLogger(AdminResource.class);
    private final AxonApplication axon;
    private final Caller caller;

    AdminResource(AxonApplication axon, Caller caller) {
        this.axon = axon;
        this.caller = caller;
    }

    public record Replay(String processor, String state) {
    }

    @POST
    @Path("read-model/rebuild")
    @Operation(summary = "Rebuild the service's read model from its event store",
            description = "Answers at once; the read model fills again as the events replay "
                    + "(petition_processor_backlog_events of the read-model processor falls to 0). 409 while a "
                    + "rebuild is still replaying.")
    public Response rebuildReadModel(@Context UriInfo uri) {
        if (!axon.rebuildReadModel()) {
            return Problem.response(Response.Status.CONFLICT, "rebuild-in-progress", "A rebuild is in progress",
                    "The read model is still replaying; ask again once the read model's backlog is 0.",
                    ProblemMappers.path(uri));
        }
        return Response.accepted(new Replay(axon.readModelProcessingGroup(), "REPLAYING")).build();
    }

    /** The read model's set-aside events and what an admin can do with them. */
    public record DeadLetterPage(String processor, long count, List<DeadLetters.Letter> letters) {
    }

    @GET
    @Path("dead-letters")
    @Operation(summary = "Events the read model set aside because it could not apply them",
            description = "Each with its petition (sequence), event type and id, cause, time and attempts. The petition's "
                    + "later events wait behind the first, in order. Metric axon_processor_dead_letters.")
    public DeadLetterPage deadLetters() {
        return new DeadLetterPage(axon.readModelProcessingGroup(), axon.deadLetterCount(), axon.deadLetters());
    }

    public record Retried(int applied, long remaining) {
    }

    @POST
    @Path("dead-letters/retry")
    @Operation(summary = "Apply the set-aside events again, each petition's in order",
            description = "After fixing what made them fail. 200 with how many petitions' events now applied and how many "
                    + "events remain set aside.")
    public Retried retryDeadLetters() {
        int applied = axon.retryDeadLetters(false);
        return new Retried(applied, axon.deadLetterCount());
    }

    public record Discard(String sequence, String reason) {
    }

    public record Discarded(String sequence, int discarded) {
    }

    @POST
    @Path("dead-letters/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Drop one petition's set-aside events",
            description = "The read model then lacks them until it is rebuilt (read-model/rebuild). 400 naming sequence or "
                    + "reason; 404 when that petition has no set-aside events.")
    public Response discardDeadLetters(Discard body, @Context UriInfo uri) {
        new Violations().requireText("sequence", body == null ? null : body.sequence(), 255,
                        "is required: the petition (sequence) whose set-aside events are dropped")
                .requireText("reason", body == null ? null : body.reason(), 2000, "is required: why they are dropped")
                .refuseIfAny(InvalidRequestException::new);
        int dropped = axon.discardDeadLetters(body.sequence());
        if (dropped == 0) {
            return Problem.response(Response.Status.NOT_FOUND, "not-found", "No set-aside events",
                    "Petition " + body.sequence() + " has no set-aside events.", ProblemMappers.path(uri));
        }
        LOG.warnf("%s dropped %d set-aside events of %s: %s", caller.subject(), dropped, body.sequence(), body.reason());
        return Response.ok(new Discarded(body.sequence(), dropped)).build();
    }
}
