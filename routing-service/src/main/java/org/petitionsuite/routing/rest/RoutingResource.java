package org.petitionsuite.routing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.kit.Violation;
import org.petitionsuite.kit.Violations;
import org.petitionsuite.kit.rest.InvalidRequestException;
import org.petitionsuite.kit.rest.Paging;
import org.petitionsuite.kit.rest.Problem;
import org.petitionsuite.kit.rest.ProblemMappers;
import org.petitionsuite.kit.security.Caller;
import org.petitionsuite.contract.routing.ClassificationConfirmedV1.Outcome;
import org.petitionsuite.contract.routing.PetitionClassifiedV1.Alternative;
import org.petitionsuite.contract.routing.PetitionClassifiedV1.Confidence;
import org.petitionsuite.routing.api.ConfirmClassification;
import org.petitionsuite.routing.api.ObjectToRouting;
import org.petitionsuite.routing.api.OverrideRouting;
import org.petitionsuite.routing.authority.AuthorityDirectory;
import org.petitionsuite.routing.authority.Organ;
import org.petitionsuite.routing.catalog.Catalog;
import org.petitionsuite.routing.catalog.CatalogException;
import org.petitionsuite.routing.catalog.CatalogLibrary;
import org.petitionsuite.routing.catalog.Rule;
import org.petitionsuite.routing.query.RoutingDecisionView;
import org.petitionsuite.routing.whatif.WhatIf;

/** Routing decisions and the catalog they come from, so that any decision can be explained (条例 Art 28–31). */
@Path("/api/v1/routing")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Caller.REGISTRAR, Caller.HANDLER, Caller.SUPERVISOR, Caller.ANALYST, Caller.INTEGRATOR, Caller.ADMIN})
public class RoutingResource {
    private final Caller caller;
    private final CatalogLibrary catalogs;
    private final AuthorityDirectory directory;
    private final CommandGateway commands;

    RoutingResource(Caller caller, CatalogLibrary catalogs, AuthorityDirectory directory, CommandGateway commands) {
        this.caller = caller;
        this.catalogs = catalogs;
        this.directory = directory;
        this.commands = commands;
    }

    public record Decision(String petitionId, String placeOfMatter, PetitionKind kind, String kindLabel,
                           LegalChannel channel, String channelLabel, boolean leavesThePetitionProcedure,
                           String catalogVersion, String ruleId, String article, String rationale, List<String> evidence,
                           Instant classifiedAt, RouteTaken route, String overriddenBy, String overrideReason,
                           CatalogJudgement catalog) {
    }

    /**
     * How sure the catalog was of its own decision (kept when a person overrode it), the other channels it found
     * evidence for, and the petition department's answer to it: null until confirmed or corrected.
     */
    public record CatalogJudgement(LegalChannel channel, String ruleId, Confidence confidence, List<Alternative> alternatives,
                                   boolean awaitingConfirmation, Confirmation confirmation) {
    }

    public record Confirmation(Outcome outcome, LegalChannel channel, String by, Instant at) {
    }

    /** Where the petition was sent (Art 22 ¶1); null until routed. */
    public record RouteTaken(String organCode, String organName, String organLevel, String organRegion, String mode,
                             Integer reportWithinDays, String directoryVersion, String article, String rationale,
                             List<String> flags) {
    }

    public record CatalogInForce(String place, String version, List<Rule> rules, List<String> files) {
    }

    @GET
    @Path("decisions/{petitionId}")
    @Operation(summary = "The classification of a petition, with catalog version, rule, article and rationale",
            description = "404 while the petition is not classified yet, and for a petition outside the caller's region.")
    public Response decision(@PathParam("petitionId") String petitionId, UriInfo uri) {
        return visibleDecision(petitionId)
                .map(v -> Response.ok(new Decision(v.petitionId, v.placeOfMatter, v.kind, v.kind.label(), v.channel,
                        v.channel.label(), v.channel.leavesThePetitionProcedure(), v.catalogVersion, v.ruleId, v.article,
                        v.rationale, v.evidence, v.classifiedAt, routeOf(v), v.overriddenBy, v.overrideReason,
                        judgementOf(v))).build())
                .orElseGet(() -> noDecision(petitionId, uri));
    }

    /** One petition waiting with an organ: what it is, how it came (forwarded or assigned) and by when to report. */
    public record QueueItem(String petitionId, String placeOfMatter, LegalChannel channel, String channelLabel,
                            String contentCategory, String mode, Integer reportWithinDays, Instant routedAt,
                            List<String> flags) {
    }

    public record Queue(String organCode, List<QueueItem> items, int page, int size, long total) {
    }

    @GET
    @Path("queue")
    @RolesAllowed({Caller.REGISTRAR, Caller.HANDLER, Caller.SUPERVISOR, Caller.ANALYST, Caller.ADMIN})
    @Operation(summary = "The work queue of an authority: petitions currently routed to it, oldest first",
            description = "organ: a directory code; a handler's own organ (token claim 'organ') when absent. Only petitions "
                    + "inside the caller's region. Assigned petitions carry the days within which to report (Art 22 ¶1(三)).")
    public Queue queue(@QueryParam("organ") String organ, @QueryParam("page") @DefaultValue("0") int page,
                       @QueryParam("size") @DefaultValue("20") int size) {
        String organCode = organ != null && !organ.isBlank() ? organ : caller.organ().orElse(null);
        if (organCode != null && caller.isBoundToOrgan() && !caller.organ().map(organCode::equals).orElse(false)) {
            throw new io.quarkus.security.ForbiddenException("a handler reads only its own organ's queue (token claim 'organ')");
        }
        Violations violations = new Violations();
        if (organCode == null) {
            violations.add("query.organ", "is required unless the token names an organ");
        } else if (directory.find(organCode).isEmpty()) {
            violations.add("query.organ", "is not in the authority directory " + directory.version());
        }
        return queue(organCode, "organCode = ?3", page, size, violations, organCode);
    }

    @GET
    @Path("unrouted")
    @RolesAllowed({Caller.SUPERVISOR, Caller.ADMIN})
    @Operation(summary = "Petitions that need routing by a person: the directory has no organ, and no petition department, for their place",
            description = "Only petitions inside the caller's region, oldest first. Each waits for an override naming an "
                    + "organ (POST decisions/{petitionId}/override); until then the petition department's forwarding duty "
                    + "(条例 Art 22 ¶1, 15 days) keeps running in supervision, and routing_unrouted_petitions counts them.")
    public Queue unrouted(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return queue(null, "organCode is null and routedAt is not null", page, size, new Violations());
    }

    /**
     * A page of the decisions matching {@code where} (parameters from ?3 on), oldest route first, inside the caller's
     * region and never one that accuses the caller's own organ (Art 30 ¶3), whoever reads it.
     */
    private Queue queue(String organCode, String where, int page, int size, Violations violations, Object... more) {
        Paging.check(page, size, 100, violations);
        violations.refuseIfAny(InvalidRequestException::new);
        Visible<QueueItem> visible = visible(caller.region().scopePrefix(), where, "routedAt", page, size,
                RoutingResource::queueItem, more);
        return new Queue(organCode, visible.items(), page, size, visible.total());
    }

    private record Visible<T>(List<T> items, long total) {
    }

    /**
     * The page of decisions inside {@code scope} (a code prefix) matching {@code where} (parameters from ?3 on), oldest
     * {@code oldestFirst} first, never one that accuses the caller's own organ (Art 30 ¶3), whoever reads it.
     */
    private <T> Visible<T> visible(String scope, String where, String oldestFirst, int page, int size,
                                   java.util.function.Function<RoutingDecisionView, T> item, Object... more) {
        String accused = caller.organ().map(org.petitionsuite.kit.security.AccusedOrgans::namingPattern).orElse("-");
        List<Object> params = new java.util.ArrayList<>(List.of(scope + "%", accused));
        params.addAll(List.of(more));
        var query = RoutingDecisionView.<RoutingDecisionView>find(
                "placeCode12 like ?1 and accusedOrganCodes not like ?2 escape '\\' and " + where,
                io.quarkus.panache.common.Sort.ascending(oldestFirst).and("petitionId"), params.toArray());
        return new Visible<>(query.page(io.quarkus.panache.common.Page.of(page, size)).list().stream().map(item).toList(),
                query.count());
    }

    private static QueueItem queueItem(RoutingDecisionView v) {
        return new QueueItem(v.petitionId, v.placeOfMatter, v.channel, v.channel == null ? null : v.channel.label(),
                v.contentCategory, v.routeMode, v.reportWithinDays, v.routedAt, v.routeFlags);
    }

    /** What a person changes: a channel, an organ or both, and why (required). */
    public record Override(LegalChannel channel, String organCode, String reason) {
    }

    @POST
    @Path("decisions/{petitionId}/override")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.HANDLER, Caller.SUPERVISOR, Caller.ADMIN})
    @Operation(summary = "Override the classification or route of a petition, with a reason",
            description = "By the petition department (信访部门) that decides routing: a supervisor, or a handler of a "
                    + "petition department whose region holds the place of the matter (Art 22, Art 24); a receiving organ "
                    + "that disagrees objects instead (403 for other handlers). 202: the override and the new decision "
                    + "are recorded; the decision reflects them shortly after. 400 without a reason, with an organ not in "
                    + "the directory, or with an organ the matter accuses (Art 30 ¶3, whatever channel is chosen). 409 once "
                    + "an organ accepted the petition (Art 23 ¶3, Art 34): the accepting organ handles it.")
    public Response override(@PathParam("petitionId") String petitionId, Override body, UriInfo uri) {
        Override o = body == null ? new Override(null, null, null) : body;
        return onVisibleDecision(petitionId, uri, decision -> {
            requirePetitionDepartment(decision);
            return new OverrideRouting(petitionId, o.channel(), o.organCode(), o.reason(), caller.subject(), Instant.now());
        });
    }

    /** The receiving organ's objection (Art 23 ¶3). */
    public record Objection(String reasons) {
    }

    @POST
    @Path("decisions/{petitionId}/objection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.HANDLER})
    @Operation(summary = "The receiving organ objects that the matter is not within its powers (条例 Art 23 ¶3)",
            description = "Only a handler of the organ the petition is routed to (token claim 'organ'), within 5 working days "
                    + "of receipt, with detailed reasons. 202: the petition is routed again without that organ. 409 once "
                    + "it accepted the petition.")
    public Response objection(@PathParam("petitionId") String petitionId, Objection body, UriInfo uri) {
        String organ = caller.organ().orElseThrow(() -> new io.quarkus.security.ForbiddenException(
                "an objection comes from a receiving organ: the token carries no 'organ' claim"));
        return onVisibleDecision(petitionId, uri,
                decision -> new ObjectToRouting(petitionId, organ, body == null ? null : body.reasons(), Instant.now()));
    }

    /** One decision waiting for the petition department: what the catalog decided, how weakly, and what else it saw. */
    public record ConfirmationItem(String petitionId, String placeOfMatter, String contentCategory, String request,
                                   LegalChannel catalogChannel, String catalogChannelLabel, String ruleId,
                                   List<String> evidence, List<Alternative> alternatives, LegalChannel channelNow,
                                   String organCode, Instant classifiedAt) {
    }

    public record ConfirmationQueue(List<ConfirmationItem> items, int page, int size, long total) {
    }

    @GET
    @Path("confirmations")
    @RolesAllowed({Caller.HANDLER, Caller.SUPERVISOR, Caller.ADMIN})
    @Operation(summary = "The confirmation queue: catalog decisions of LOW confidence not yet confirmed or corrected",
            description = "For the petition department (信访部门) that decides routing (条例 Art 22, Art 28): a supervisor or "
                    + "admin reads its region's; a handler only when its organ is a petition department, for the places in "
                    + "that organ's region (403 otherwise). Oldest first; never a petition that accuses the caller's own "
                    + "organ (Art 30 ¶3). Each item shows the catalog's channel, its evidence and the other channels it "
                    + "found evidence for. Answer with POST decisions/{petitionId}/confirmation.")
    public ConfirmationQueue confirmations(@QueryParam("page") @DefaultValue("0") int page,
                                           @QueryParam("size") @DefaultValue("20") int size) {
        Violations violations = new Violations();
        Paging.check(page, size, 100, violations);
        violations.refuseIfAny(InvalidRequestException::new);
        String scope = caller.region().scopePrefix();
        if (caller.isBoundToOrgan()) {
            Organ organ = caller.organ().flatMap(directory::find).filter(Organ::coordinator)
                    .orElseThrow(() -> new io.quarkus.security.ForbiddenException("the confirmation queue is the petition "
                            + "department's (条例 Art 22, Art 28); the token's organ is not one"));
            String organScope = DivisionCode.parse(organ.region()).scopePrefix();
            // The narrower of the token's region and the organ's; none when they do not overlap.
            scope = organScope.startsWith(scope) ? organScope : scope.startsWith(organScope) ? scope : null;
        }
        if (scope == null) {
            return new ConfirmationQueue(List.of(), page, size, 0);
        }
        Visible<ConfirmationItem> visible = visible(scope, "confidence = ?3 and confirmation is null", "classifiedAt", page,
                size, v -> new ConfirmationItem(v.petitionId, v.placeOfMatter, v.contentCategory, v.request, v.catalogChannel,
                        v.catalogChannel.label(), v.catalogRuleId, v.evidence, v.alternatives == null ? List.of() : v.alternatives,
                        v.channel, v.organCode, v.classifiedAt), Confidence.LOW);
        return new ConfirmationQueue(visible.items(), page, size, visible.total());
    }

    /** The petition department's answer: the channel it holds right (absent: the catalog's), and why when it differs. */
    public record ConfirmationAnswer(LegalChannel channel, String reason) {
    }

    @POST
    @Path("decisions/{petitionId}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.HANDLER, Caller.SUPERVISOR, Caller.ADMIN})
    @Operation(summary = "Confirm the catalog's channel for a petition, or correct it",
            description = "By the petition department of the place, as an override is (403 for other handlers). No channel, "
                    + "or the catalog's: confirmed. Another channel: corrected, with a reason (400 without), and routed "
                    + "again as an override is (409 once an organ accepted the petition, Art 23 ¶3). Published as "
                    + "petition.classification-confirmed.v1; the confirmed channel is the label catalog what-if measures "
                    + "drafts against. 409 when already answered or when a person, not the catalog, decided the channel.")
    public Response confirm(@PathParam("petitionId") String petitionId, ConfirmationAnswer body, UriInfo uri) {
        ConfirmationAnswer answer = body == null ? new ConfirmationAnswer(null, null) : body;
        return onVisibleDecision(petitionId, uri, decision -> {
            requirePetitionDepartment(decision);
            return new ConfirmClassification(petitionId, answer.channel(), answer.reason(), caller.subject(), Instant.now());
        });
    }

    /** Routing is decided by the petition department of the place (条例 Art 22, Art 24); a receiving organ objects instead. */
    private void requirePetitionDepartment(RoutingDecisionView decision) {
        if (caller.isBoundToOrgan() && !isPetitionDepartmentOf(caller.organ().orElseThrow(), decision)) {
            throw new io.quarkus.security.ForbiddenException("routing is decided by the petition department of the place "
                    + "(条例 Art 22, Art 24); a receiving organ objects instead (Art 23 ¶3)");
        }
    }

    /** Sends a command about a decision the caller can see (404 otherwise) and answers 202 with its location. */
    private Response onVisibleDecision(String petitionId, UriInfo uri,
                                       java.util.function.Function<RoutingDecisionView, Object> command) {
        Optional<RoutingDecisionView> decision = visibleDecision(petitionId);
        if (decision.isEmpty()) {
            return noDecision(petitionId, uri);
        }
        commands.sendAndWait(command.apply(decision.get()));
        return Response.accepted().location(uri.getBaseUriBuilder().path("api/v1/routing/decisions").path(petitionId).build()).build();
    }

    /** A draft catalog: the national file's YAML and every overlay's YAML. */
    public record Draft(String national, List<String> overlays) {
    }

    @GET
    @Path("catalog/files")
    @Operation(summary = "The catalog files in force, as YAML, to draft the next version from")
    public List<CatalogLibrary.Source> catalogFiles() {
        return catalogs.sources();
    }

    @POST
    @Path("catalog/what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.SUPERVISOR, Caller.ANALYST, Caller.ADMIN})
    @Operation(summary = "Try a draft catalog on past petitions before adopting it",
            description = "Replays the draft over every petition decided so far in the caller's region and reports how many "
                    + "decisions would change, by channel and by receiving organ, with up to 20 examples, and, on the decisions "
                    + "the petition department confirmed or corrected, how many the catalog in force and the draft get "
                    + "right (labels: fixed, broken, with examples). Changes nothing.")
    @Transactional // streams the decision table
    public WhatIf.Report whatIf(Draft draft) {
        if (draft == null || draft.national() == null) {
            throw new InvalidRequestException(List.of(new Violation("national", "the draft's national catalog (YAML) is required")));
        }
        CatalogLibrary library;
        try {
            library = CatalogLibrary.fromTexts(draft.national(), draft.overlays() == null ? List.of() : draft.overlays());
        } catch (CatalogException e) {
            throw new InvalidRequestException(e.problems().stream()
                    .map(p -> new Violation(p.startsWith("overlays[") ? p.substring(0, p.indexOf(']') + 1) : "national", p))
                    .toList());
        }
        try (Stream<RoutingDecisionView> decided = RoutingDecisionView.<RoutingDecisionView>stream(
                "placeCode12 like ?1", caller.region().scopePrefix() + "%")) {
            // An erased matter has no text left to classify (个人信息保护法 Art 47): it is not compared.
            return WhatIf.compare(decided.filter(v -> v.channel != null && v.purpose != null && v.erasedAt == null)
                    .map(v -> new WhatIf.PastDecision(v.petitionId, v.matter(), v.channel, v.ruleId, v.organCode,
                            v.catalogChannel, v.confirmedChannel))
                    ::iterator, library, directory);
        }
    }

    /**
     * The decision, if the petition is classified and the caller may see it: inside the caller's region; for a handler,
     * only when routed to the handler's organ or when that organ is the petition department of the place; for an
     * integrator, only its own source system's; never for an organ the matter accuses (Art 30 ¶3), whatever the role.
     */
    private Optional<RoutingDecisionView> visibleDecision(String petitionId) {
        DivisionCode region = caller.region();
        Optional<String> organ = caller.organ();
        return RoutingDecisionView.<RoutingDecisionView>findByIdOptional(petitionId)
                .filter(v -> v.channel != null && v.placeCode12.startsWith(region.scopePrefix()))
                .filter(v -> organ.isEmpty() || !v.accusedOrgans().contains(organ.get()))
                .filter(v -> !caller.isBoundToSourceSystem()
                        || (v.sourceSystem != null && caller.sourceSystem().map(v.sourceSystem::equals).orElse(false)))
                .filter(v -> !caller.isBoundToOrgan() || organ.map(o -> o.equals(v.organCode) || isPetitionDepartmentOf(o, v)).orElse(false));
    }

    private boolean isPetitionDepartmentOf(String organCode, RoutingDecisionView v) {
        return directory.isPetitionDepartmentOf(organCode, v.placeOfMatter);
    }

    private static Response noDecision(String petitionId, UriInfo uri) {
        return Problem.response(Response.Status.NOT_FOUND, "not-found", "No routing decision",
                "No decision for petition " + petitionId + " in your region (yet).", ProblemMappers.path(uri));
    }

    private static CatalogJudgement judgementOf(RoutingDecisionView v) {
        if (v.catalogChannel == null) {
            return null; // decided before confidence was recorded
        }
        return new CatalogJudgement(v.catalogChannel, v.catalogRuleId, v.confidence,
                v.alternatives == null ? List.of() : v.alternatives, awaitsConfirmation(v),
                v.confirmation == null ? null : new Confirmation(v.confirmation, v.confirmedChannel, v.confirmedBy, v.confirmedAt));
    }

    private static boolean awaitsConfirmation(RoutingDecisionView v) {
        return v.confidence == Confidence.LOW && v.confirmation == null;
    }

    private static RouteTaken routeOf(RoutingDecisionView v) {
        return v.routeMode == null ? null : new RouteTaken(v.organCode, v.organName, v.organLevel, v.organRegion,
                v.routeMode, v.reportWithinDays, v.directoryVersion, v.routeArticle, v.routeRationale, v.routeFlags);
    }

    @GET
    @Path("catalog")
    @Operation(summary = "The classification rules in force at a place, highest priority first",
            description = "place: a 6- or 12-digit division code; without it, the national catalog.")
    public CatalogInForce catalog(@QueryParam("place") String place) {
        String at = place == null || place.isEmpty() ? "000000" : place;
        try {
            DivisionCode.parse(at);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(new Violation("query.place", e.getMessage())));
        }
        Catalog catalog = catalogs.forPlace(at);
        return new CatalogInForce(at, catalog.version(), catalog.rules(), catalogs.versions());
    }
}
