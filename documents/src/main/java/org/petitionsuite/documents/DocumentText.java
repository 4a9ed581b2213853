package org.petitionsuite.documents;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A document's text: the service's Qute template {@code documents/<template>.txt} (conventions in this module's
 * README), whose fragments {@code body} and {@code signature} are rendered with the facts stored when the document
 * was issued. HTML ({@link #html()}, the Qute page {@code documents/page.html}) and PDF ({@link PdfLayout}) are two
 * layouts of this one text.
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
    /** Templates parsed once each: documents are rendered on each download. */
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();
    private static final Template PAGE = QUTE.parse(read("/documents/page.html"), Variant.forContentType(Variant.TEXT_HTML),
            "documents/page.html");

    /**
     * @param template     the template's name, {@code documents/<template>.txt} on the class path
     * @param defaultTitle the title unless the facts' {@code title} overrides it (调解协议书 / 和解协议书)
     * @param fields       the facts; {@code number} is the 文号
     * @throws IllegalStateException when the template is missing or names a fact {@code fields} lacks
     */
    public static DocumentText of(String template, String defaultTitle, Map<String, String> fields) {
        Template parsed = TEMPLATES.computeIfAbsent(template, name -> {
            String id = "documents/" + name + ".txt";
            return QUTE.parse(read("/" + id), Variant.forContentType("text/plain"), id);
        });
        return new DocumentText(fields.getOrDefault("title", defaultTitle), fields.get("number"),
                lines(template, parsed.getFragment("body"), fields), lines(template, parsed.getFragment("signature"), fields));
    }

    /** A fragment's non-blank lines; a value that holds line breaks gives several paragraphs. */
    private static List<String> lines(String template, Template.Fragment fragment, Map<String, String> fields) {
        if (fragment == null) {
            throw new IllegalStateException("template " + template + " lacks its body or signature fragment");
        }
        TemplateInstance instance = fragment.instance();
        fields.forEach(instance::data);
        try {
            return instance.render().lines().filter(line -> !line.isBlank()).toList();
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + template + " cannot be filled from the facts " + fields.keySet()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The document as a printable HTML page (A4, the recipient's copy), every value escaped by Qute. */
    public String html() {
        return PAGE.data("document", this).render();
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
