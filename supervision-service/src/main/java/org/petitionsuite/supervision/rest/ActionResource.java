package org.petitionsuite.supervision.rest;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.contract.supervision.ActionKind;
import org.petitionsuite.contract.supervision.Adoption;
import org.petitionsuite.kit.Violations;
import org.petitionsuite.kit.rest.InvalidRequestException;
import org.petitionsuite.kit.rest.PdfResponse;
import org.petitionsuite.kit.rest.Problem;
import org.petitionsuite.kit.rest.ProblemMappers;
import org.petitionsuite.kit.security.Caller;
import org.petitionsuite.supervision.api.CloseAction;
import org.petitionsuite.supervision.api.IssueAction;
import org.petitionsuite.supervision.api.RespondToAction;
import org.petitionsuite.supervision.query.ActionView;
import org.petitionsuite.supervision.query.CaseView;
import org.petitionsuite.documents.DocumentText;
import org.petitionsuite.documents.PdfDocuments;
import org.petitionsuite.supervision.letters.LetterKind;

/**
 * 督办 orders and the three recommendations of Art 40: issued by a supervisor inside their region, answered in writing
 * by the organ they were issued to (token claim {@code organ}), closed by a supervisor after the answer.
 */
@Path("/api/v1/supervision/actions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Caller.HANDLER, Caller.SUPERVISOR, Caller.ANALYST, Caller.ADMIN})
public class ActionResource {
    private final Caller caller;
    private final CommandGateway commands;
    private final Clock clock;
    private final PdfDocuments pdfs;

    ActionResource(Caller caller, CommandGateway commands, Clock clock, PdfDocuments pdfs) {
        this.caller = caller;
        this.pdfs = pdfs;
        this.clock = clock;
        this.commands = commands;
    }

    /** An action with its state: OPEN, RESPONDED or CLOSED; {@code overdueOn} when the response came too late or not at all. */
    public record ActionItem(String actionId, ActionKind kind, String kindLabel, String article, String organCode,
                             String regionCode, List<String> petitionIds, String reasons, LocalDate responseDue,
                             String issuedBy, Instant issuedAt, String state, String response, Adoption adoption,
                             String respondedBy, Instant respondedAt, Boolean timely, LocalDate overdueOn,
                             String closedBy, Instant closedAt, String closingNote, String letterNumber,
                             String letterHtml, String letterPdf) {
    }

    /**
     * @param organName  the organ's name as its letter is addressed (its code when absent)
     * @param issuerName the issuing petition department as the letter is signed (the region's 信访部门 by code when absent)
     */
    public record NewAction(ActionKind kind, String organCode, String regionCode, List<String> petitionIds,
                            String reasons, LocalDate responseDue, String organName, String issuerName) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.SUPERVISOR, Caller.ADMIN})
    @Operation(summary = "Issue a 督办 order or a recommendation (条例 Art 39 ¶3, Art 40)",
            description = "kind: SUPERVISION_ORDER (督办), LISTED_SUPERVISION (挂牌督办), IMPROVE_WORK, IMPROVE_POLICY, "
                    + "ACCOUNTABILITY (needs petitionIds). regionCode: inside the caller's region (default: the caller's). "
                    + "responseDue: the day the written response is due. organName and issuerName: how its letter (督办函, "
                    + "建议书) addresses the organ and is signed. 201 with the action.")
    public Response issue(NewAction body, UriInfo uri) {
        NewAction a = body == null ? new NewAction(null, null, null, null, null, null, null, null) : body;
        String region = a.regionCode() == null || a.regionCode().isBlank() ? caller.region().twelveDigits() : a.regionCode();
        insideCallersRegion(region);
        checkPetitions(a);
        String actionId = UUID.randomUUID().toString();
        commands.sendAndWait(new IssueAction(actionId, a.kind(), a.organCode(), region, a.petitionIds(), a.reasons(),
                a.responseDue(), caller.subject(), clock.instant(), a.organName(), a.issuerName()));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/supervision/actions").path(actionId).build())
                .entity(new Issued(actionId)).build();
    }

    public record Issued(String actionId) {
    }

    @GET
    @Operation(summary = "Actions inside the caller's region, oldest response due first",
            description = "Optional organ (its actions), state (OPEN, RESPONDED, CLOSED) and overdue=true (response not in "
                    + "by its due date). A handler sees its own organ's actions.")
    public ActionList list(@QueryParam("organ") String organ, @QueryParam("state") String state,
                           @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                           @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Violations violations = new Violations();
        if (state != null && !List.of("OPEN", "RESPONDED", "CLOSED").contains(state)) {
            violations.add("query.state", "is OPEN, RESPONDED or CLOSED");
        }
        SupervisionResource.pageLimits(page, size, violations);
        violations.refuseIfAny(InvalidRequestException::new);
        String organCode = organ != null && !organ.isBlank() ? organ : caller.organ().orElse(null);
        StringBuilder where = new StringBuilder("regionCode12 like :scope");
        Parameters params = Parameters.with("scope", caller.region().scopePrefix() + "%");
        if (organCode != null) {
            where.append(" and organCode = :organ");
            params.and("organ", organCode);
        }
        if (state != null) {
            where.append(" and state = :state");
            params.and("state", state);
        }
        if (overdue) {
            where.append(" and overdueOn is not null");
        }
        var query = ActionView.<ActionView>find(where.toString(), Sort.ascending("responseDue").and("actionId"), params);
        return new ActionList(query.page(Page.of(page, size)).list().stream().map(ActionResource::item).toList(), page,
                size, query.count());
    }

    public record ActionList(List<ActionItem> items, int page, int size, long total) {
    }

    @GET
    @Path("{actionId}")
    @Operation(summary = "One action with its response and closure")
    public Response get(@PathParam("actionId") String actionId, UriInfo uri) {
        return visible(actionId).map(a -> Response.ok(item(a)).build()).orElseGet(() -> notFound(actionId, uri));
    }

    @GET
    @Path("{actionId}/letter.html")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "The letter the action was issued with (督办函, 挂牌督办通知书, 建议书) as a printable HTML page")
    public Response letterHtml(@PathParam("actionId") String actionId, UriInfo uri) {
        return letter(actionId, uri, text -> Response.ok(text.html(), MediaType.TEXT_HTML + ";charset=utf-8").build());
    }

    @GET
    @Path("{actionId}/letter.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The letter as an A4 PDF/A-2b with embedded fonts (503 when the service's fonts are missing)")
    public Response letterPdf(@PathParam("actionId") String actionId, UriInfo uri) {
        return letter(actionId, uri, text -> PdfResponse.of(pdfs.render(text), actionId, pdfs.unavailableReason(), uri));
    }

    private Response letter(String actionId, UriInfo uri, java.util.function.Function<DocumentText, Response> layout) {
        ActionView action = visible(actionId).orElse(null);
        if (action == null) {
            return notFound(actionId, uri);
        }
        if (action.letterNumber == null) {
            return Problem.response(Response.Status.NOT_FOUND, "not-found", "No letter",
                    "Action " + actionId + " was issued before actions had letters.", ProblemMappers.path(uri));
        }
        LetterKind kind = LetterKind.of(ActionKind.valueOf(action.kind));
        return layout.apply(DocumentText.of(kind.template(), kind.title(), action.letterFields));
    }

    /** The organ's written response; for a recommendation, what it adopted. */
    public record Answer(String text, Adoption adoption) {
    }

    @POST
    @Path("{actionId}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.HANDLER})
    @Operation(summary = "The organ answers in writing (for a recommendation: ADOPTED, PARTLY_ADOPTED or NOT_ADOPTED, Art 40 ¶4)",
            description = "Only a handler of the organ the action was issued to (token claim 'organ'), once. 200; the action "
                    + "shows the response shortly after.")
    public Response respond(@PathParam("actionId") String actionId, Answer body, UriInfo uri) {
        String organ = caller.organ().orElseThrow(() -> new ForbiddenException(
                "a response comes from the organ the action was issued to: the token carries no 'organ' claim"));
        Answer a = body == null ? new Answer(null, null) : body;
        return onVisible(actionId, uri, () -> new RespondToAction(actionId, organ, a.text(), a.adoption(),
                caller.subject(), clock.instant()));
    }

    public record Closing(String note) {
    }

    @POST
    @Path("{actionId}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.SUPERVISOR, Caller.ADMIN})
    @Operation(summary = "Close an answered action (跟踪到位)", description = "409 while it has no written response.")
    public Response close(@PathParam("actionId") String actionId, Closing body, UriInfo uri) {
        return onVisible(actionId, uri, () -> new CloseAction(actionId, caller.subject(), body == null ? null : body.note(),
                clock.instant()));
    }

    private Response onVisible(String actionId, UriInfo uri, java.util.function.Supplier<Object> command) {
        if (visible(actionId).isEmpty()) {
            return notFound(actionId, uri);
        }
        commands.sendAndWait(command.get());
        return Response.ok().location(uri.getBaseUriBuilder().path("api/v1/supervision/actions").path(actionId).build()).build();
    }

    private Optional<ActionView> visible(String actionId) {
        return ActionView.<ActionView>findByIdOptional(actionId)
                .filter(a -> a.regionCode12.startsWith(caller.region().scopePrefix()));
    }

    private static Response notFound(String actionId, UriInfo uri) {
        return Problem.response(Response.Status.NOT_FOUND, "not-found", "No such action",
                "no action " + actionId + " in your region", ProblemMappers.path(uri));
    }

    /**
     * Each petition named must be one supervision knows in the caller's region (the same answer whether it exists
     * elsewhere or not at all), and none may accuse the organ the action goes to (条例 Art 30 ¶3).
     */
    private void checkPetitions(NewAction a) {
        if (a.petitionIds() == null) {
            return;
        }
        Violations violations = new Violations();
        String scope = caller.region().scopePrefix();
        for (int i = 0; i < a.petitionIds().size(); i++) {
            String id = a.petitionIds().get(i);
            CaseView seen = id == null ? null : CaseView.<CaseView>findById(id);
            if (seen == null || !seen.visibleTo(scope, caller.organ().orElse(null))) {
                violations.add("petitionIds[" + i + "]", "is not a petition in your region");
            } else if (a.organCode() != null && seen.accusedOrgans().contains(a.organCode())) {
                violations.add("organCode", "petition " + id + " accuses this organ: it may not be the target of "
                        + "supervision on it (条例 Art 30 ¶3)");
            }
        }
        violations.refuseIfAny(InvalidRequestException::new);
    }

    private void insideCallersRegion(String region) {
        try {
            if (!caller.region().contains(DivisionCode.parse(region))) {
                throw new ForbiddenException("region " + region + " is outside your region");
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(new org.petitionsuite.kit.Violation("regionCode", e.getMessage())));
        }
    }

    /** The actions that name a petition, oldest first. */
    @SuppressWarnings("unchecked")
    static List<ActionView> actionsOn(String petitionId) {
        return ActionView.getEntityManager().createNativeQuery(
                        "SELECT * FROM supervision_action WHERE petition_ids @> jsonb_build_array(cast(?1 AS text)) ORDER BY issued_at",
                        ActionView.class)
                .setParameter(1, petitionId).getResultList();
    }

    static ActionItem item(ActionView a) {
        ActionKind kind = ActionKind.valueOf(a.kind);
        return new ActionItem(a.actionId, kind, kind.label(), a.article, a.organCode, a.regionCode12, a.petitionIds,
                a.reasons, a.responseDue, a.issuedBy, a.issuedAt, a.state, a.responseText,
                a.adoption == null ? null : Adoption.valueOf(a.adoption), a.respondedBy, a.respondedAt, a.timely,
                a.overdueOn, a.closedBy, a.closedAt, a.closingNote, a.letterNumber,
                a.letterNumber == null ? null : "/api/v1/supervision/actions/" + a.actionId + "/letter.html",
                a.letterNumber == null ? null : "/api/v1/supervision/actions/" + a.actionId + "/letter.pdf");
    }
}
