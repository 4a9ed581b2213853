package org.petitionsuite.documents;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Documents as PDF in the configured fonts (default {@link DocumentFonts#DEBIAN}), opened once. When the fonts are
 * missing the service still starts (its other work does not need them) and says so; {@link #render} is then empty and
 * {@link #unavailableReason()} says what to install, for a 503 to the caller.
 */
public final class PdfDocuments {
    private static final Logger LOG = Logger.getLogger(PdfDocuments.class.getName());
    private final DocumentFonts fonts;
    private final String unavailable;

    private PdfDocuments(DocumentFonts fonts, String unavailable) {
        this.fonts = fonts;
        this.unavailable = unavailable;
    }

    /** Opens {@code sources}, or the Debian defaults when empty. */
    public static PdfDocuments open(Optional<List<String>> sources) {
        try {
            return new PdfDocuments(DocumentFonts.open(sources.orElse(DocumentFonts.DEBIAN)), null);
        } catch (IllegalStateException e) {
            LOG.log(Level.SEVERE, e.getMessage() + "; PDF documents are unavailable, HTML documents are served");
            return new PdfDocuments(null, e.getMessage());
        }
    }

    /** The PDF, or empty when the fonts could not be opened. */
    public Optional<byte[]> render(DocumentText text) {
        return fonts == null ? Optional.empty() : Optional.of(PdfLayout.render(text, fonts));
    }

    public String unavailableReason() {
        return unavailable;
    }
}
