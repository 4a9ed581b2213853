package org.petitionsuite.intake.rest;

import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.LocalDate;
import org.petitionsuite.contract.AgreementKind;
import org.petitionsuite.contract.EvaluationTarget;
import org.petitionsuite.contract.ReviewLevel;
import org.petitionsuite.contract.ReviewOutcome;
import org.petitionsuite.contract.Satisfaction;
import org.petitionsuite.intake.api.Conclude;
import org.petitionsuite.intake.api.DecideAcceptance;
import org.petitionsuite.intake.api.Evaluate;
import org.petitionsuite.intake.api.HandOver;
import org.petitionsuite.intake.api.IssueReviewOpinion;
import org.petitionsuite.intake.api.RecordAgreement;
import org.petitionsuite.intake.api.RecordHearing;
import org.petitionsuite.intake.api.SubmitCompletionReport;
import org.petitionsuite.intake.api.RequestReview;
import org.petitionsuite.intake.api.ExtendHandling;
import org.petitionsuite.intake.api.IssueHandlingOpinion;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.RegistrationOutcome;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.kit.Violation;
import org.petitionsuite.kit.Violations;
import org.petitionsuite.intake.query.PetitionAccess;
import org.petitionsuite.intake.query.PetitionFilter;
import org.petitionsuite.intake.query.PetitionQueries;
import org.petitionsuite.intake.query.PetitionView;
import org.petitionsuite.kit.rest.InvalidRequestException;
import org.petitionsuite.kit.rest.Paging;
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
        checkMayRegisterAs(details);
        RegistrationService.Result result = registrations.register(details, caller.subject(), caller.region(),
                caller.sourceSystem().isEmpty());
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
        return actAsActingOrgan(id, uri, organ -> {
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
        return actAsActingOrgan(id, uri, organ -> new ExtendHandling(id, e.days(), e.reason(), e.approvedBy(), Instant.now()));
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
        return actAsActingOrgan(id, uri, organ -> new IssueHandlingOpinion(id, o.outcome(), o.factsFound(), o.decision(),
                o.legalBasis(), organ, caller.subject(), Instant.now()));
    }

    /** 导入: what the petitioner is told (where to apply, the duty performed, the reply to a suggestion). */
    public record HandOverBody(String guidance) {
    }

    @POST
    @Path("{id}/hand-over")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.HANDLER, Caller.ADMIN})
    @Operation(summary = "Hand an accepted matter to its own legal channel (导入, 条例 Art 29–31(五))",
            description = "For a matter accepted outside the petition procedure: issues the 导入告知书 naming the channel "
                    + "and its own time limit (petition-rules.md §2.3) and concludes the petition side (national 15, "
                    + "basis OWN_PROCEDURE). 202; 400 without guidance; 409 naming the rule on the petition track or "
                    + "before acceptance.")
    public Response handOver(@PathParam("id") String id, HandOverBody body, UriInfo uri) {
        String guidance = body == null ? null : body.guidance();
        return actAsActingOrgan(id, uri, organ -> new HandOver(id, guidance, organ, caller.subject(), Instant.now()));
    }

    /** The result an assigned organ reports (办结报告, 条例 Art 22 ¶1(三)). */
    public record CompletionReport(String summary) {
    }

    @POST
    @Path("{id}/completion-report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.HANDLER, Caller.ADMIN})
    @Operation(summary = "Submit the 办结报告 of an assigned matter to the department that assigned it (条例 Art 22 ¶1(三))",
            description = "By a handler of the organ the matter was assigned to (交办), once it decided on the matter; issues "
                    + "the 信访事项办结报告 and records whether it came within the days the assignment named. 202; 400 "
                    + "without a summary; 404 for another organ's handler (it does not see the petition), 403 for one that sees "
                    + "it but is not the assigned organ; 409 naming the rule for a forwarded (转送) matter, before "
                    + "the organ's decision, or a second time.")
    public Response submitCompletionReport(@PathParam("id") String id, CompletionReport body, UriInfo uri) {
        String summary = body == null ? null : body.summary();
        return actInRegion(id, uri, petition -> {
            requireHandlerOf(petition.receivingOrganCode, "only a handler of the organ the matter was assigned to, "
                    + petition.receivingOrganCode + ", reports on it (token claim 'organ')");
            return new SubmitCompletionReport(id, petition.receivingOrganCode, summary, caller.subject(), Instant.now());
        });
    }

    /** A hearing held during handling (条例 Art 31(六)) or re-review (Art 36 ¶2); days are calendar dates. */
    public record Hearing(LocalDate from, LocalDate to, String summary) {
    }

    @POST
    @Path("{id}/hearings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.HANDLER, Caller.ADMIN})
    @Operation(summary = "Record a hearing (听证) once held (条例 Art 31(六), Art 36 ¶2)",
            description = "By the organ handling or re-reviewing the matter. During re-review the hearing days are not "
                    + "counted: the answer's due date moves. 409 naming the rule in any other status.")
    public Response recordHearing(@PathParam("id") String id, Hearing body, UriInfo uri) {
        Hearing h = body == null ? new Hearing(null, null, null) : body;
        return actAsActingOrgan(id, uri, organ -> new RecordHearing(id, h.from(), h.to(), h.summary(), caller.subject(), Instant.now()));
    }

    /** A mediation or settlement agreement (条例 Art 33). */
    public record Agreement(AgreementKind kind, String terms, LocalDate agreedOn) {
    }

    @POST
    @Path("{id}/agreement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.HANDLER, Caller.ADMIN})
    @Operation(summary = "Record a mediation or settlement agreement that resolves the matter (调解 / 和解, 条例 Art 33)",
            description = "Only for appeal-or-demand matters being handled; issues the agreement document and opens the evaluation window.")
    public Response recordAgreement(@PathParam("id") String id, Agreement body, UriInfo uri) {
        Agreement a = body == null ? new Agreement(null, null, null) : body;
        return actAsActingOrgan(id, uri, organ -> new RecordAgreement(id, a.kind(), a.terms(), a.agreedOn(), organ,
                caller.subject(), Instant.now()));
    }

    /** The petitioner's request for review or re-review, as received by the organ one level above (条例 Art 35–36). */
    public record ReviewRequest(ReviewLevel level, String organCode, String organName, LocalDate requestedOn, String request) {
    }

    @POST
    @Path("{id}/review-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.HANDLER, Caller.ADMIN})
    @Operation(summary = "Record a request for review (复查, 条例 Art 35) or re-review (复核, Art 36 ¶1)",
            description = "By a handler of the organ that received it (organCode = token claim 'organ'), one level above "
                    + "the organ whose opinion is challenged. requestedOn (default today) must lie in the window that "
                    + "counts from service of that opinion: otherwise 409 naming the article.")
    public Response requestReview(@PathParam("id") String id, ReviewRequest body, UriInfo uri) {
        ReviewRequest r = body == null ? new ReviewRequest(null, null, null, null, null) : body;
        return act(id, uri, PetitionAccess::mayRecordReviewRequest, petition -> {
            requireHandlerOf(r.organCode(), "a review request is recorded by a handler of the organ that received it (token claim 'organ' = organCode)");
            return new RequestReview(id, r.level(), r.organCode(), r.organName(), r.requestedOn(), r.request(),
                    caller.subject(), Instant.now());
        });
    }

    /** The written review or re-review opinion (条例 Art 35–36). */
    public record ReviewOpinion(ReviewLevel level, ReviewOutcome outcome, String factsFound, String decision, String legalBasis) {
    }

    @POST
    @Path("{id}/review-opinions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.HANDLER, Caller.ADMIN})
    @Operation(summary = "Issue the review opinion (复查意见, 条例 Art 35) or re-review opinion (复核意见, Art 36)",
            description = "By the review or re-review organ; issues the document with its relief notice.")
    public Response issueReviewOpinion(@PathParam("id") String id, ReviewOpinion body, UriInfo uri) {
        ReviewOpinion o = body == null ? new ReviewOpinion(null, null, null, null, null) : body;
        return actAsActingOrgan(id, uri, organ -> new IssueReviewOpinion(id, o.level(), o.outcome(), o.factsFound(),
                o.decision(), o.legalBasis(), organ, caller.subject(), Instant.now()));
    }

    /** The petitioner's satisfaction with the petition department or the responsible unit. */
    public record Evaluation(EvaluationTarget target, Satisfaction satisfaction, String comment) {
    }

    @POST
    @Path("{id}/evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.INTEGRATOR, Caller.REGISTRAR, Caller.ADMIN})
    @Operation(summary = "Record the petitioner's evaluation (满意 / 基本满意 / 不满意) of one target",
            description = "Sent by the petitioner's system (integrator) or recorded by the petition department after a "
                    + "return visit; once per target, within the evaluation window that opens with the handling opinion "
                    + "or agreement. 409 naming the rule otherwise.")
    public Response evaluate(@PathParam("id") String id, Evaluation body, UriInfo uri) {
        Evaluation e = body == null ? new Evaluation(null, null, null) : body;
        return actInRegion(id, uri, petition -> new Evaluate(id, e.target(), e.satisfaction(), e.comment(), caller.subject(), Instant.now()));
    }

    /** The petition department's confirmation that the petition is concluded. */
    public record Conclusion(String note) {
    }

    @POST
    @Path("{id}/conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.SUPERVISOR, Caller.ADMIN})
    @Operation(summary = "Confirm the petition as concluded (审核认定办结, national status 15)",
            description = "By the petition department once no statutory step is left to the petitioner: after an "
                    + "agreement, after an unused review or re-review window, or after the re-review opinion. 409 naming "
                    + "the article while a window is open.")
    public Response conclude(@PathParam("id") String id, Conclusion body, UriInfo uri) {
        return actInRegion(id, uri, petition -> new Conclude(id, body == null ? null : body.note(), caller.subject(), Instant.now()));
    }

    /**
     * A step on a petition in the caller's region, taken by the organ whose turn it is (谁主管、谁负责): the receiving
     * organ, then the review organ, then the re-review organ; an admin may act for it. 404 outside the region, 403 for
     * another organ, otherwise the command is sent and the answer is 202.
     */
    private Response actAsActingOrgan(String id, UriInfo uri, Function<String, Object> command) {
        return actInRegion(id, uri, petition -> {
            String organ = petition.actingOrganCode;
            requireHandlerOf(organ, "only a handler of the organ " + organ + " acts on this petition now (token claim 'organ')");
            return command.apply(organ);
        });
    }

    /** A step on a petition the caller sees (PetitionAccess): 404 otherwise; the command is sent and the answer is 202. */
    private Response actInRegion(String id, UriInfo uri, Function<PetitionView, Object> command) {
        return act(id, uri, (viewer, petition) -> PetitionAccess.sight(viewer, petition).visible, command);
    }

    /** A step on a petition for which {@code allowed} holds: 404 otherwise, as if it did not exist. */
    private Response act(String id, UriInfo uri, java.util.function.BiPredicate<PetitionAccess.Viewer, PetitionView> allowed,
                         Function<PetitionView, Object> command) {
        PetitionAccess.Viewer viewer = PetitionAccess.Viewer.of(caller);
        PetitionView petition = queries.findAny(id).filter(v -> allowed.test(viewer, v)).orElse(null);
        if (petition == null) {
            return notFound(id, uri);
        }
        commands.sendAndWait(command.apply(petition));
        return Response.accepted().location(uri.getBaseUriBuilder().path("api/v1/petitions").path(id).build()).build();
    }

    /** 403 unless the caller is an admin or a handler of {@code organ} (token claim 'organ'). */
    private void requireHandlerOf(String organ, String refusal) {
        if (!caller.hasAny(Set.of(Caller.ADMIN)) && (organ == null || !caller.organ().map(organ::equals).orElse(false))) {
            throw new ForbiddenException(refusal);
        }
    }

    /** 404 for a petition the caller does not see: the same answer whether it exists elsewhere or not. */
    static Response notFound(String id, UriInfo uri) {
        return Problem.response(Response.Status.NOT_FOUND, "not-found", "No such petition",
                "No petition " + id + " in your region.", uri.getRequestUri().getRawPath());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Caller.REGISTRAR, Caller.HANDLER, Caller.SUPERVISOR, Caller.ANALYST, Caller.INTEGRATOR, Caller.ADMIN})
    @Operation(summary = "Read one petition",
            description = "What the caller sees follows the access table (PetitionAccess, README): 404 outside the "
                    + "caller's region, for another organ's or source system's petition, and always for an organ the "
                    + "matter accuses (条例 Art 30 ¶3); personal data, a confidential petitioner's identity and an "
                    + "accusation's content only where the caller's role and relation need them.")
    public Response get(@PathParam("id") String id, UriInfo uri) {
        return queries.find(id, PetitionAccess.Viewer.of(caller))
                .map(seen -> Response.ok(PetitionResponse.of(seen.petition(), seen.sight(), false)).build())
                .orElseGet(() -> notFound(id, uri));
    }

    @GET
    @RolesAllowed({Caller.REGISTRAR, Caller.HANDLER, Caller.SUPERVISOR, Caller.ANALYST, Caller.INTEGRATOR, Caller.ADMIN})
    @Operation(summary = "List the petitions the caller may see, newest received first",
            description = "The rows of the access table (PetitionAccess): the caller's region; a handler only its organ's "
                    + "work; an integrator only its source system's records; never what the caller's organ is accused "
                    + "in. Personal data is always masked in lists.")
    public PetitionPage list(
            @QueryParam("page") @DefaultValue("0") @Parameter(description = "0-based, at most 1000000") int page,
            @QueryParam("size") @DefaultValue("20") @Parameter(description = "1–100") int size,
            @QueryParam("region") @Parameter(description = "division code; the place of the matter lies inside it") String region,
            @QueryParam("channel") String channel,
            @QueryParam("purpose") String purpose,
            @QueryParam("contentCategory") @Parameter(description = "a category and its sub-categories") String contentCategory,
            @QueryParam("status") String status,
            @QueryParam("legalChannel") @Parameter(description = "routing's legal channel, e.g. ARBITRATION") String legalChannel,
            @QueryParam("sourceSystem") String sourceSystem,
            @QueryParam("receivedFrom") @Parameter(description = "ISO-8601 instant, inclusive") String receivedFrom,
            @QueryParam("receivedBefore") @Parameter(description = "ISO-8601 instant, exclusive") String receivedBefore) {
        Violations violations = new Violations();
        Paging.check(page, size, MAX_PAGE_SIZE, violations);
        PetitionAccess.Viewer viewer = PetitionAccess.Viewer.of(caller);
        PetitionFilter filter = new PetitionFilter(
                viewer,
                parse("region", region, DivisionCode::parse, null, violations),
                parse("channel", channel, Channel::valueOf, null, violations),
                parse("purpose", purpose, Purpose::valueOf, null, violations),
                contentCategory,
                status,
                parse("legalChannel", legalChannel, LegalChannel::valueOf, null, violations),
                sourceSystem,
                violations.instant("query.receivedFrom", receivedFrom),
                violations.instant("query.receivedBefore", receivedBefore));
        violations.refuseIfAny(InvalidRequestException::new);
        PetitionQueries.Page result = queries.list(filter, page, size);
        return new PetitionPage(result.items().stream()
                .map(v -> PetitionResponse.of(v, PetitionAccess.sight(viewer, v), true)).toList(),
                result.page(), result.size(), result.total());
    }

    /**
     * A county system registers only under its own name, so one integrator cannot take over another's references,
     * and nobody registers in the name of an organ outside their region. Registrars and admins may name any source.
     */
    private void checkMayRegisterAs(PetitionDetails details) {
        String organRegion = details == null || details.registeringOrgan() == null ? null : details.registeringOrgan().regionCode();
        // A malformed code is left to RegistrationRules, which names the field.
        if (DivisionCode.tryParse(organRegion).filter(r -> !caller.region().contains(r)).isPresent()) {
            throw new ForbiddenException("registeringOrgan.regionCode " + organRegion + " is outside your region "
                    + caller.region().twelveDigits() + ": register only in the name of an organ of your region");
        }
        String sourceSystem = details == null ? null : details.sourceSystem();
        if (caller.hasAny(Set.of(Caller.REGISTRAR, Caller.ADMIN))) {
            return;
        }
        String own = caller.sourceSystem()
                .orElseThrow(() -> new ForbiddenException("an integrator's token must carry a source_system claim"));
        if (sourceSystem != null && !own.equals(sourceSystem)) {
            throw new ForbiddenException("this token may register only for source system '" + own + "'");
        }
    }

    private static <T> T parse(String name, String value, Function<String, T> parser, T absent, Violations violations) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            String reason = e.getMessage() != null && e.getMessage().startsWith("No enum constant")
                    ? "is not one of the allowed values" : e.getMessage();
            violations.add("query." + name, reason);
            return absent;
        }
    }
}
