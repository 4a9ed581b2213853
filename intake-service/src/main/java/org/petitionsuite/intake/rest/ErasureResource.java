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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.petitionsuite.intake.api.ErasePersonalData;
import org.petitionsuite.intake.api.ErasePetitioner;
import org.petitionsuite.intake.domain.ResidentIdNumber;
import org.petitionsuite.intake.privacy.DataKeys;
import org.petitionsuite.intake.privacy.DataKeys.PetitionerKey;
import org.petitionsuite.intake.query.PetitionAccess;
import org.petitionsuite.intake.query.PetitionQueries;
import org.petitionsuite.kit.Violations;
import org.petitionsuite.kit.rest.InvalidRequestException;
import org.petitionsuite.kit.rest.Problem;
import org.petitionsuite.kit.security.Caller;

/**
 * Erasure of personal data by crypto-shredding (个人信息保护法 Art 47): a petition's at the end of its retention, or a
 * person's on their own request, across every petition they gave their ID number in. Runbook: deploy/README.md.
 */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class ErasureResource {
    private final PetitionQueries queries;
    private final Caller caller;
    private final CommandGateway commands;
    private final DataKeys keys;

    ErasureResource(PetitionQueries queries, Caller caller, CommandGateway commands, DataKeys keys) {
        this.queries = queries;
        this.caller = caller;
        this.commands = commands;
        this.keys = keys;
    }

    /** Why the data is erased: the ground of 个人信息保护法 Art 47 and the file's reference, e.g. the retention period that ended. */
    public record Erasure(String reason) {
    }

    /** A person's erasure: their resident ID number (in the body, so that it never stands in an access log) and the ground. */
    public record PersonErasure(String idNumber, String reason) {
    }

    /** The petitions in which the person's identity is now 已删除. */
    public record PersonErased(List<String> petitions) {
    }

    @POST
    @Path("petitions/{id}/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Erase the petition's personal data (个人信息保护法 Art 47)",
            description = "Destroys the petition's data key: names, ID numbers, phones, addresses and free texts of this "
                    + "petition in the event store can never be opened again, and every read model, document and answer "
                    + "shows 已删除. The petitioners' other petitions are untouched. Statistics are unchanged; rebuilds and "
                    + "replays still work. 202; 400 without a reason; 404 outside the caller's region; 409 when erased "
                    + "already. Operator's runbook: deploy/README.md.")
    public Response erase(@PathParam("id") String id, Erasure body, UriInfo uri) {
        if (!visible(id)) {
            return notFound("No petition " + id + " in your region.", uri);
        }
        commands.sendAndWait(new ErasePersonalData(id, body == null ? null : body.reason(), caller.subject(), Instant.now()));
        return Response.accepted().location(uri.getBaseUriBuilder().path("api/v1/petitions").path(id).build()).build();
    }

    @POST
    @Path("persons/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Erase a person's personal data in all their petitions (个人信息保护法 Art 47)",
            description = "Destroys the person key of the resident ID number: the person's name, ID number, phone and "
                    + "address become 已删除 in every petition they are a petitioner of; the petitions' texts and other "
                    + "petitioners stay, except where the person was the last petitioner left (then the petition's file "
                    + "is erased too). Published as petition.personal-data-erased.v1 with scope PETITIONERS. 202 with the "
                    + "petitions; 400 naming idNumber or reason; 403 when one of the petitions is outside the caller's "
                    + "region; 404 when no petition holds the ID number (so also once the person is erased: nothing links the "
                    + "ID number to the destroyed key any more); 409 while an erased person's petitions are still being marked.")
    public Response erasePerson(PersonErasure body, UriInfo uri) {
        String idNumber = body == null || body.idNumber() == null ? null : body.idNumber().trim().toUpperCase(Locale.ROOT);
        Violations violations = new Violations().requireText("idNumber", idNumber, 18, "is required: the person's resident ID number");
        if (idNumber != null && !idNumber.isEmpty()) {
            ResidentIdNumber.problem(idNumber).ifPresent(problem -> violations.add("idNumber", problem));
        }
        requireReason(violations, body == null ? null : body.reason());
        return erase(keys.petitionersOf(idNumber), body.reason(), "No petition holds this ID number (nor does anything once the person is erased).", uri);
    }

    @POST
    @Path("petitions/{id}/petitioners/{index}/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Erase the person at this position of the petition, in all their petitions (个人信息保护法 Art 47)",
            description = "For a petitioner known by position (e.g. one who gave no ID number): as persons/erasure, for "
                    + "the person key of the petitioner at index (0-based) of the petition's petitioners. 404 when the "
                    + "petition is outside the caller's region or has no such petitioner; 409 when erased already.")
    public Response erasePetitioner(@PathParam("id") String id, @PathParam("index") int index, Erasure body, UriInfo uri) {
        if (!visible(id)) {
            return notFound("No petition " + id + " in your region.", uri);
        }
        requireReason(new Violations(), body == null ? null : body.reason());
        return erase(keys.petitionersSharingKeyWith(id, index), body.reason(),
                "Petition " + id + " has no petitioner " + index + " sealed with a person key.", uri);
    }

    private static void requireReason(Violations violations, String reason) {
        violations.requireText("reason", reason, 2000,
                        "is required: the ground for erasure (个人信息保护法 Art 47), e.g. the person's request and its reference")
                .refuseIfAny(InvalidRequestException::new);
    }

    /**
     * Erases the person key's petitioners petition by petition, each in its own transaction with its event. The first
     * destroys the key, so the data is unreadable from then on; should the run stop half-way, asking again finishes
     * the petitions not yet marked.
     */
    private Response erase(List<PetitionerKey> petitioners, String reason, String whenNone, UriInfo uri) {
        if (petitioners.isEmpty()) {
            return notFound(whenNone, uri);
        }
        List<String> petitions = petitioners.stream().map(PetitionerKey::petitionId).distinct().toList();
        if (!petitions.stream().allMatch(this::visible)) {
            return Problem.response(Response.Status.FORBIDDEN, "outside-region", "Petitions outside your region",
                    "The person is a petitioner of petitions outside your region: an administrator of a region that covers "
                            + "all of them erases the person.", uri.getRequestUri().getRawPath());
        }
        List<PetitionerKey> open = petitioners.stream().filter(p -> !p.erased()).toList();
        if (open.isEmpty()) {
            return Problem.conflict("transition-refused", "Not allowed in the petition's current state",
                    "this person's personal data was erased already", uri.getRequestUri().getRawPath(), "个人信息保护法 Art 47");
        }
        Instant at = Instant.now();
        // One command per petition and key (a person may stand twice in one petition); one pseudonym per key.
        Map<String, String> pseudonyms = new HashMap<>();
        Set<String> sent = new HashSet<>();
        for (PetitionerKey petitioner : open) {
            if (sent.add(petitioner.petitionId() + "/" + petitioner.keyId())) {
                String pseudonym = pseudonyms.computeIfAbsent(petitioner.keyId(), k -> keys.pseudonymOfKey(k).orElse(null));
                commands.sendAndWait(new ErasePetitioner(petitioner.petitionId(), petitioner.keyId(), pseudonym, reason,
                        caller.subject(), at));
            }
        }
        return Response.accepted(new PersonErased(petitions)).build();
    }

    /** The access table's answer (PetitionAccess): the admin's region, never a petition accusing the admin's organ. */
    private boolean visible(String petitionId) {
        return queries.find(petitionId, PetitionAccess.Viewer.of(caller)).isPresent();
    }

    private static Response notFound(String detail, UriInfo uri) {
        return Problem.response(Response.Status.NOT_FOUND, "not-found", "Not found", detail, uri.getRequestUri().getRawPath());
    }
}
