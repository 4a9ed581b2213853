package org.petitionsuite.kit.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/** A document's PDF for download, or 503 problem+json when the service cannot lay out PDFs (its fonts are missing). */
public final class PdfResponse {
    private PdfResponse() {
    }

    /**
     * @param pdf         the PDF, empty when the service cannot produce one
     * @param name        the download's file name, without ".pdf"
     * @param unavailable why there is none (what to install), shown to the caller
     */
    public static Response of(Optional<byte[]> pdf, String name, String unavailable, UriInfo uri) {
        return pdf.map(bytes -> Response.ok(bytes, "application/pdf")
                        .header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"").build())
                .orElseGet(() -> Problem.response(Response.Status.SERVICE_UNAVAILABLE, "document-fonts-missing",
                        "PDF documents are unavailable", unavailable + ". The document's HTML page is served.",
                        ProblemMappers.path(uri)));
    }
}
