package org.petitionsuite.intake.documents;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.petitionsuite.intake.config.IntakeConfig;

/**
 * Documents as PDF, in the fonts {@code petition.documents.fonts} names (default {@link DocumentFonts#DEBIAN}). The fonts are
 * opened at start-up; when they are missing the service still starts (registration does not need them) and says so,
 * and a PDF request is answered 503 with what to install, until a restart finds them.
 */
@Singleton
public class PdfDocuments {
    private static final Logger LOG = Logger.getLogger(PdfDocuments.class);
    private final List<String> sources;
    private volatile DocumentFonts fonts;
    private volatile String unavailable;

    PdfDocuments(IntakeConfig config) {
        this.sources = config.documents().fonts().orElse(DocumentFonts.DEBIAN);
    }

    void open(@Observes StartupEvent start) {
        try {
            fonts = DocumentFonts.open(sources);
        } catch (IllegalStateException e) {
            unavailable = e.getMessage();
            LOG.error(unavailable + "; PDF documents are unavailable, HTML documents are served");
        }
    }

    /** The PDF, or empty with {@link #unavailableReason()} when the fonts could not be opened. */
    public Optional<byte[]> render(DocumentText text) {
        DocumentFonts open = fonts;
        return open == null ? Optional.empty() : Optional.of(PdfLayout.render(text, open));
    }

    public String unavailableReason() {
        return unavailable == null ? "document fonts not opened yet" : unavailable;
    }
}
