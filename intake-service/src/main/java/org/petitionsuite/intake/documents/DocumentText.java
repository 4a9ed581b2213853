package org.petitionsuite.intake.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.petitionsuite.contract.DocumentType;

/**
 * A document's text: its template ({@code documents/<slug>.txt}, format in {@code documents/README.md}) filled with
 * the facts stored when it was issued. HTML and PDF are two layouts of this one text.
 */
public record DocumentText(String title, String number, List<String> paragraphs, List<String> signature) {
    private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern CONDITION = Pattern.compile("^\\[([A-Za-z]+)](.*)$");
    /** Every template, read once: documents are rendered on each download. */
    private static final Map<DocumentType, List<String>> TEMPLATES = readTemplates();

    public static DocumentText of(DocumentType type, Map<String, String> fields) {
        List<String> body = new ArrayList<>();
        List<String> signature = new ArrayList<>();
        List<String> target = body;
        for (String line : TEMPLATES.get(type)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.equals("---")) {
                target = signature;
                continue;
            }
            Matcher condition = CONDITION.matcher(line);
            if (condition.matches()) {
                if (fields.get(condition.group(1)) == null) {
                    continue;
                }
                line = condition.group(2);
            }
            target.add(fill(type, line, fields));
        }
        return new DocumentText(fields.getOrDefault("title", type.title()), fields.get("number"), body, signature);
    }

    private static String fill(DocumentType type, String line, Map<String, String> fields) {
        Matcher m = FIELD.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = fields.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("template " + type.slug() + " needs the field " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static Map<DocumentType, List<String>> readTemplates() {
        Map<DocumentType, List<String>> templates = new EnumMap<>(DocumentType.class);
        for (DocumentType type : DocumentType.values()) {
            templates.put(type, read(type));
        }
        return templates;
    }

    private static List<String> read(DocumentType type) {
        String resource = "/documents/" + type.slug() + ".txt";
        try (InputStream in = DocumentText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
