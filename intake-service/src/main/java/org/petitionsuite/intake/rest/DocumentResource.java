package org.petitionsuite.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.petitionsuite.contract.DocumentType;
import org.petitionsuite.documents.DocumentText;
import org.petitionsuite.documents.PdfDocuments;
import org.petitionsuite.intake.query.DocumentView;
import org.petitionsuite.intake.query.PetitionQueries;
import org.petitionsuite.kit.rest.PdfResponse;
import org.petitionsuite.kit.rest.Problem;
import io.quarkus.security.ForbiddenException;
import org.petitionsuite.intake.query.PetitionAccess;
import org.petitionsuite.intake.query.PetitionView;
import org.petitionsuite.kit.security.Caller;

/**
 * The documents issued to a petitioner (petition-rules.md §3.2), as issued: each is its template filled with the facts
 * stored when it was issued, downloadable as HTML or PDF. They name the petitioner, so only the roles that work the
 * case read them, inside their region.
 */
@Path("/api/v1/petitions/{id}/documents")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Caller.REGISTRAR, Caller.HANDLER, Caller.SUPERVISOR, Caller.ADMIN})
public class DocumentResource {
    private final PetitionQueries queries;
    private final Caller caller;
    private final PdfDocuments pdfs;

    DocumentResource(PetitionQueries queries, Caller caller, PdfDocuments pdfs) {
        this.queries = queries;
        this.caller = caller;
        this.pdfs = pdfs;
    }

    /** One issued document; {@code html} and {@code pdf} are where to download it. */
    public record IssuedDocument(String documentId, DocumentType type, String title, String article, String number,
                                 Instant issuedAt, String html, String pdf) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the documents issued for the petition, oldest first")
    public Response list(@PathParam("id") String id, UriInfo uri) {
        if (queries.find(id, PetitionAccess.Viewer.of(caller)).isEmpty()) {
            return notFound(uri, "No petition " + id + " in your region.");
        }
        String base = uri.getBaseUriBuilder().path("api/v1/petitions").path(id).path("documents").build().getPath();
        List<IssuedDocument> documents = DocumentView.of(id).stream()
                .map(d -> new IssuedDocument(d.key.documentId(), d.type, d.fields.getOrDefault("title", d.type.title()),
                        d.type.article(), d.number, d.issuedAt, base + "/" + d.key.documentId() + ".html",
                        base + "/" + d.key.documentId() + ".pdf"))
                .toList();
        return Response.ok(documents).build();
    }

    @GET
    @Path("{documentId}.html")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "The document as a printable HTML page")
    public Response html(@PathParam("id") String id, @PathParam("documentId") String documentId, UriInfo uri) {
        DocumentView document = find(id, documentId);
        if (document == null) {
            return notFound(uri, "No document " + documentId + " of petition " + id + " in your region.");
        }
        return Response.ok(DocumentText.of(document.type.slug(), document.type.title(), document.fields).html(), MediaType.TEXT_HTML + ";charset=utf-8").build();
    }

    @GET
    @Path("{documentId}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The document as an A4 PDF/A-2b with embedded fonts (503 when the service's fonts are missing)")
    public Response pdf(@PathParam("id") String id, @PathParam("documentId") String documentId, UriInfo uri) {
        DocumentView document = find(id, documentId);
        if (document == null) {
            return notFound(uri, "No document " + documentId + " of petition " + id + " in your region.");
        }
        return PdfResponse.of(pdfs.render(DocumentText.of(document.type.slug(), document.type.title(), document.fields)),
                documentId, pdfs.unavailableReason(), uri);
    }

    /**
     * The document, if the caller sees the petition; 403 when its sight does not reach what documents hold: personal
     * data in full and, for an accusation, its content (PetitionAccess).
     */
    private DocumentView find(String id, String documentId) {
        PetitionQueries.Seen seen = queries.find(id, PetitionAccess.Viewer.of(caller)).orElse(null);
        if (seen == null) {
            return null;
        }
        PetitionView petition = seen.petition();
        PetitionAccess.Sight sight = seen.sight();
        if (!sight.personalData || (PetitionAccess.isAccusation(petition) && !sight.accusationContent)) {
            throw new ForbiddenException("documents name the petitioner" + (PetitionAccess.isAccusation(petition)
                    ? " and the accusation (条例 Art 30 ¶3)" : "") + "; your role sees this petition masked");
        }
        return DocumentView.findById(new DocumentView.Key(id, documentId));
    }

    private static Response notFound(UriInfo uri, String detail) {
        return Problem.response(Response.Status.NOT_FOUND, "not-found", "No such document", detail, uri.getRequestUri().getRawPath());
    }
}
