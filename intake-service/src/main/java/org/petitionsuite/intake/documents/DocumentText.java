package org.petitionsuite.intake.documents;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.petitionsuite.contract.DocumentType;

/**
 * A document's text: its Qute template ({@code documents/<slug>.txt}, conventions in {@code documents/README.md}),
 * whose fragments {@code body} and {@code signature} are rendered with the facts stored when it was issued. HTML ({@link #html()}, the Qute page {@code documents/page.html})
 * and PDF ({@link PdfLayout}) are two layouts of this one text.
 */
public record DocumentText(String title, String number, List<String> paragraphs, List<String> signature) {
    /** Strict: a field a template names and the facts lack is an error, never an empty gap in a signed document. */
    private static final Engine QUTE = Engine.builder()
            .addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .strictRendering(true)
            .removeStandaloneLines(true)
            .build();
    /** Every template, parsed once: documents are rendered on each download. */
    private static final Map<DocumentType, Template> TEMPLATES = parseTemplates();
    private static final Template PAGE = QUTE.parse(read("/documents/page.html"), Variant.forContentType(Variant.TEXT_HTML),
            "documents/page.html");

    public static DocumentText of(DocumentType type, Map<String, String> fields) {
        Template template = TEMPLATES.get(type);
        return new DocumentText(fields.getOrDefault("title", type.title()), fields.get("number"),
                lines(type, template.getFragment("body"), fields), lines(type, template.getFragment("signature"), fields));
    }

    /** A fragment's non-blank lines; a value that holds line breaks gives several paragraphs. */
    private static List<String> lines(DocumentType type, Template.Fragment fragment, Map<String, String> fields) {
        TemplateInstance instance = fragment.instance();
        fields.forEach(instance::data);
        try {
            return instance.render().lines().filter(line -> !line.isBlank()).toList();
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + type.slug() + " cannot be filled from the facts " + fields.keySet()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The document as a printable HTML page (A4, the petitioner's copy), every value escaped by Qute. */
    public String html() {
        return PAGE.data("document", this).render();
    }

    private static Map<DocumentType, Template> parseTemplates() {
        Map<DocumentType, Template> templates = new EnumMap<>(DocumentType.class);
        for (DocumentType type : DocumentType.values()) {
            String id = "documents/" + type.slug() + ".txt";
            templates.put(type, QUTE.parse(read("/" + id), Variant.forContentType("text/plain"), id));
        }
        return templates;
    }

    private static String read(String resource) {
        try (InputStream in = DocumentText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
