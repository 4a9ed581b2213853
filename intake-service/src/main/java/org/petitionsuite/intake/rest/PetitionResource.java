package org.petitionsuite.intake.rest;

import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.contract.HandlingOutcome;
import org.petitionsuite.intake.api.DecideAcceptance;
import org.petitionsuite.intake.api.ExtendHandling;
import org.petitionsuite.intake.api.IssueHandlingOpinion;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.RegistrationOutcome;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.kit.Violation;
import org.petitionsuite.intake.query.PetitionFilter;
import org.petitionsuite.intake.query.PetitionQueries;
import org.petitionsuite.intake.query.PetitionView;
import org.petitionsuite.kit.rest.InvalidRequestException;
import org.petitionsuite.kit.rest.Problem;
import org.petitionsuite.kit.security.Caller;

/** Registration and reading of petitions (来件必登、来访必录, 条例 Art 21–22). */
@Path("/api/v1/petitions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class PetitionResource {
    static final int MAX_PAGE_SIZE = 100;

    private final RegistrationService registrations;
    private final PetitionQueries queries;
    private final Caller caller;
    private final CommandGateway commands;

    PetitionResource(RegistrationService registrations, PetitionQueries queries, Caller caller, CommandGateway commands) {
        this.registrations = registrations;
        this.queries = queries;
        this.caller = caller;
        this.commands = commands;
    }

    public record Registered(String id, RegistrationOutcome outcome) {
    }

    public record PetitionPage(List<PetitionResponse> items, int page, int size, long total) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.REGISTRAR, Caller.INTEGRATOR, Caller.ADMIN})
    @Operation(summary = "Register a petition",
            description = "Idempotent per sourceSystem + sourceReference: a resubmission answers 200 with the same id; "
                    + "the same reference with different details answers 409. The read model shows the petition shortly after.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the petition")
    @APIResponse(responseCode = "200", description = "Already registered with the same details; same id")
    @APIResponse(responseCode = "400", description = "problem+json listing each invalid field")
    @APIResponse(responseCode = "409", description = "The source reference was used with different details")
    public Response register(PetitionDetails details, UriInfo uri) {
        checkMayRegisterAs(details == null ? null : details.sourceSystem());
        RegistrationService.Result result = registrations.register(details, caller.subject());
        URI location = uri.getBaseUriBuilder().path("api/v1/petitions").path(result.petitionId()).build();
        Response.Status status = result.outcome() == RegistrationOutcome.REGISTERED ? Response.Status.CREATED : Response.Status.OK;
        return Response.status(status).location(location).entity(new Registered(result.petitionId(), result.outcome())).build();
    }

    /** The receiving organ's decision (条例 Art 23): ACCEPT, or DECLINE with reason, rule and the channel to use instead. */
    public record AcceptanceDecision(Decision decision, String reason, LegalChannel legalChannel, String article) {
        public enum Decision { ACCEPT, DECLINE }
    }

    @POST
    @Path("{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.HANDLER, Caller.ADMIN})
    @Operation(summary = "The receiving organ accepts or declines the petition (受理 / 不予受理, 条例 Art 23)",
            description = "A handler of the organ the petition was routed to (token claim 'organ'), or an admin. "
                    + "202 once recorded; 409 naming the rule when acceptance was decided already or the petition is not "
                    + "routed yet; 400 for a decline without reason, legalChannel or article.")
    @APIResponse(responseCode = "202", description = "Recorded; the petition shows it shortly after")
    @APIResponse(responseCode = "409", description = "problem+json with the rule that forbids the step")
    public Response decideAcceptance(@PathParam("id") String id, AcceptanceDecision body, UriInfo uri) {
        return actAsReceivingOrgan(id, uri, organ -> {
            if (body == null || body.decision() == null) {
                throw new InvalidRequestException(List.of(new Violation("decision", "is required: ACCEPT or DECLINE")));
            }
            return new DecideAcceptance(id, body.decision() == AcceptanceDecision.Decision.ACCEPT, body.reason(),
                    body.legalChannel(), body.article(), organ, caller.subject(), Instant.now());
        });
    }

    /** An extension of the handling limit (条例 Art 34). */
    public record Extension(Integer days, String reason, String approvedBy) {
    }

    @POST
    @Path("{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.HANDLER, Caller.ADMIN})
    @Operation(summary = "Extend the handling limit with the head's approval and a reason (条例 Art 34)",
            description = "202; 409 naming the rule beyond the profile's total (national 30 days) or after the limit ran out.")
    public Response extend(@PathParam("id") String id, Extension body, UriInfo uri) {
        Extension e = body == null ? new Extension(null, null, null) : body;
        return actAsReceivingOrgan(id, uri, organ -> new ExtendHandling(id, e.days(), e.reason(), e.approvedBy(), Instant.now()));
    }

    /** The written handling opinion (信访处理意见书, 条例 Art 31(六), Art 32). */
    public record HandlingOpinion(HandlingOutcome outcome, String factsFound, String decision, String legalBasis) {
    }

    @POST
    @Path("{id}/handling-opinion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.HANDLER, Caller.ADMIN})
    @Operation(summary = "Issue the handling opinion: outcome, facts found, decision, legal basis (条例 Art 32)",
            description = "202; 409 naming the rule before acceptance or when the matter is not on the petition track.")
    public Response issueOpinion(@PathParam("id") String id, HandlingOpinion body, UriInfo uri) {
        HandlingOpinion o = body == null ? new HandlingOpinion(null, null, null, null) : body;
        return actAsReceivingOrgan(id, uri, organ -> new IssueHandlingOpinion(id, o.outcome(), o.factsFound(), o.decision(),
                o.legalBasis(), organ, caller.subject(), Instant.now()));
    }

    /**
     * A step on a petition in the caller's region, taken by the organ that received it (谁主管、谁负责; an admin may act
     * for it): 404 outside the region, 403 for another organ, otherwise the command is sent and the answer is 202.
     */
    private Response actAsReceivingOrgan(String id, UriInfo uri, Function<String, Object> command) {
        PetitionView petition = queries.find(id, caller.region()).orElse(null);
        if (petition == null) {
            return notFound(id, uri);
        }
        String organ = petition.receivingOrganCode;
        if (!caller.hasAny(Set.of(Caller.ADMIN)) && (organ == null || !caller.organ().map(organ::equals).orElse(false))) {
            throw new ForbiddenException("only a handler of the receiving organ " + organ + " acts on this petition (token claim 'organ')");
        }
        commands.sendAndWait(command.apply(organ));
        return Response.accepted().location(uri.getBaseUriBuilder().path("api/v1/petitions").path(id).build()).build();
    }

    private static Response notFound(String id, UriInfo uri) {
        return Problem.response(Response.Status.NOT_FOUND, "not-found", "No such petition",
                "No petition " + id + " in your region.", uri.getRequestUri().getRawPath());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Caller.REGISTRAR, Caller.HANDLER, Caller.SUPERVISOR, Caller.ANALYST, Caller.INTEGRATOR, Caller.ADMIN})
    @Operation(summary = "Read one petition", description = "404 also when the petition lies outside the caller's region.")
    public Response get(@PathParam("id") String id, UriInfo uri) {
        return queries.find(id, caller.region())
                .map(v -> Response.ok(PetitionResponse.of(v, caller.maySeePersonalData(), caller.maySeeConfidentialNames())).build())
                .orElseGet(() -> notFound(id, uri));
    }

    @GET
    @RolesAllowed({Caller.REGISTRAR, Caller.HANDLER, Caller.SUPERVISOR, Caller.ANALYST, Caller.INTEGRATOR, Caller.ADMIN})
    @Operation(summary = "List petitions in the caller's region, newest received first",
            description = "Personal data is always masked in lists.")
    public PetitionPage list(
            @QueryParam("page") @Parameter(description = "0-based") String page,
            @QueryParam("size") @Parameter(description = "1–100, default 20") String size,
            @QueryParam("region") @Parameter(description = "division code; the place of the matter lies inside it") String region,
            @QueryParam("channel") String channel,
            @QueryParam("purpose") String purpose,
            @QueryParam("contentCategory") @Parameter(description = "a category and its sub-categories") String contentCategory,
            @QueryParam("status") String status,
            @QueryParam("legalChannel") @Parameter(description = "routing's legal channel, e.g. ARBITRATION") String legalChannel,
            @QueryParam("sourceSystem") String sourceSystem,
            @QueryParam("receivedFrom") @Parameter(description = "ISO-8601 instant, inclusive") String receivedFrom,
            @QueryParam("receivedBefore") @Parameter(description = "ISO-8601 instant, exclusive") String receivedBefore) {
        List<Violation> violations = new ArrayList<>();
        int pageNumber = parse("page", page, Integer::parseInt, 0, violations);
        int pageSize = parse("size", size, Integer::parseInt, 20, violations);
        if (pageNumber < 0) {
            violations.add(new Violation("query.page", "must be 0 or more"));
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            violations.add(new Violation("query.size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        PetitionFilter filter = new PetitionFilter(
                caller.region(),
                parse("region", region, DivisionCode::parse, null, violations),
                parse("channel", channel, Channel::valueOf, null, violations),
                parse("purpose", purpose, Purpose::valueOf, null, violations),
                contentCategory,
                status,
                parse("legalChannel", legalChannel, LegalChannel::valueOf, null, violations),
                sourceSystem,
                parse("receivedFrom", receivedFrom, Instant::parse, null, violations),
                parse("receivedBefore", receivedBefore, Instant::parse, null, violations));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        PetitionQueries.Page result = queries.list(filter, pageNumber, pageSize);
        return new PetitionPage(result.items().stream().map(v -> PetitionResponse.of(v, false, false)).toList(),
                result.page(), result.size(), result.total());
    }

    /**
     * A county system registers only under its own name, so one integrator cannot take over another's references.
     * Registrars and admins may register for any source.
     */
    private void checkMayRegisterAs(String sourceSystem) {
        if (caller.hasAny(Set.of(Caller.REGISTRAR, Caller.ADMIN))) {
            return;
        }
        String own = caller.sourceSystem()
                .orElseThrow(() -> new ForbiddenException("an integrator's token must carry a source_system claim"));
        if (sourceSystem != null && !own.equals(sourceSystem)) {
            throw new ForbiddenException("this token may register only for source system '" + own + "'");
        }
    }

    private static <T> T parse(String name, String value, Function<String, T> parser, T absent, List<Violation> violations) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            String reason = e instanceof NumberFormatException ? "must be a whole number"
                    : e instanceof DateTimeParseException ? "must be an ISO-8601 instant such as 2026-11-01T00:00:00Z"
                    : e.getMessage() != null && e.getMessage().startsWith("No enum constant") ? "is not one of the allowed values"
                    : e.getMessage();
            violations.add(new Violation("query." + name, reason));
            return absent;
        }
    }
}
