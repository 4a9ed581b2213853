package org.petitionsuite.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.petitionsuite.intake.api.JoinMatter;
import org.petitionsuite.intake.api.RejectRepeat;
import org.petitionsuite.intake.query.PetitionAccess;
import org.petitionsuite.intake.query.PetitionQueries;
import org.petitionsuite.intake.query.PetitionView;
import org.petitionsuite.intake.query.RepeatProposalView;
import org.petitionsuite.kit.rest.Problem;
import org.petitionsuite.kit.security.Caller;

/**
 * Repeats proposed on registration (重复件, query/RepeatProposals), for a clerk to confirm or reject: a confirmed repeat
 * joins the earlier petition's matter (件/事项) exactly as {@code repeatOf} at registration does. Only petitions the
 * caller sees are shown or named; the candidate's content is read through its own petition, under its own access.
 */
@Path("/api/v1/petitions/{id}/repeat-candidates")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class RepeatResource {
    private final PetitionQueries queries;
    private final Caller caller;
    private final CommandGateway commands;

    RepeatResource(PetitionQueries queries, Caller caller, CommandGateway commands) {
        this.queries = queries;
        this.caller = caller;
        this.commands = commands;
    }

    /**
     * One proposal: the earlier petition and its matter, the signals (same person, place, content-category family,
     * text similarity 0–1) and their score, and the clerk's decision.
     */
    public record Candidate(String candidateId, String matterId, double score, boolean samePerson, boolean samePlace,
                            boolean sameCategoryFamily, double textSimilarity, String state, String decidedBy,
                            Instant decidedAt, Instant candidateReceivedAt, String candidateContentCategory,
                            String candidateStatus) {
    }

    @GET
    @RolesAllowed({Caller.REGISTRAR, Caller.HANDLER, Caller.SUPERVISOR, Caller.ADMIN})
    @Operation(summary = "Earlier petitions proposed as the same matter (重复件), best first, with their signals and state")
    public Response list(@PathParam("id") String id, UriInfo uri) {
        PetitionAccess.Viewer viewer = PetitionAccess.Viewer.of(caller);
        if (queries.find(id, viewer).isEmpty()) {
            return PetitionResource.notFound(id, uri);
        }
        List<Candidate> candidates = RepeatProposalView.of(id).stream()
                .flatMap(p -> queries.find(p.key.candidateId(), viewer).map(seen -> candidate(p, seen.petition())).stream())
                .toList();
        return Response.ok(candidates).build();
    }

    @POST
    @Path("{candidateId}/confirmation")
    @RolesAllowed({Caller.REGISTRAR, Caller.ADMIN})
    @Operation(summary = "Confirm that the petition repeats the candidate: it joins the candidate's matter",
            description = "Any earlier petition the caller sees may be named, proposed or not (as repeatOf). A matter whose "
                    + "re-review is concluded makes a petition still awaiting acceptance not accepted again (条例 Art 36 "
                    + "¶3). 202; 400 on candidateId for a petition the caller does not see; 409 when the petition is "
                    + "already in another matter.")
    public Response confirm(@PathParam("id") String id, @PathParam("candidateId") String candidateId, UriInfo uri) {
        PetitionView petition = visible(id);
        if (petition == null) {
            return PetitionResource.notFound(id, uri);
        }
        commands.sendAndWait(new JoinMatter(id, candidateId, queries.repeatedMatter(candidateId, caller.region()).orElse(null),
                caller.subject(), Instant.now()));
        return accepted(id, uri);
    }

    @POST
    @Path("{candidateId}/rejection")
    @RolesAllowed({Caller.REGISTRAR, Caller.ADMIN})
    @Operation(summary = "Reject a proposed repeat: the candidate is not the same matter", description = "202; 404 when "
            + "the candidate was not proposed for this petition.")
    public Response reject(@PathParam("id") String id, @PathParam("candidateId") String candidateId, UriInfo uri) {
        if (visible(id) == null) {
            return PetitionResource.notFound(id, uri);
        }
        if (RepeatProposalView.findById(new RepeatProposalView.Key(id, candidateId)) == null) {
            return Problem.response(Response.Status.NOT_FOUND, "not-found", "No such proposal",
                    candidateId + " was not proposed as a repeat of " + id + ".", uri.getRequestUri().getRawPath());
        }
        commands.sendAndWait(new RejectRepeat(id, candidateId, caller.subject(), Instant.now()));
        return accepted(id, uri);
    }

    private PetitionView visible(String id) {
        return queries.find(id, PetitionAccess.Viewer.of(caller)).map(PetitionQueries.Seen::petition).orElse(null);
    }

    private static Response accepted(String id, UriInfo uri) {
        return Response.accepted().location(uri.getBaseUriBuilder().path("api/v1/petitions").path(id)
                .path("repeat-candidates").build()).build();
    }

    private static Candidate candidate(RepeatProposalView p, PetitionView earlier) {
        return new Candidate(p.key.candidateId(), p.matterId, p.score, p.samePerson, p.samePlace, p.sameCategoryFamily,
                p.textSimilarity, p.state, p.decidedBy, p.decidedAt, earlier.receivedAt, earlier.contentCategory, earlier.status);
    }
}
