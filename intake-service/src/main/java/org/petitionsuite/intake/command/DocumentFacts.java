package org.petitionsuite.intake.command;

import static org.petitionsuite.limits.WorkingDayCalendar.dayOf;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.petitionsuite.contract.DocumentType;
import org.petitionsuite.documents.Citations;
import org.petitionsuite.documents.WrittenDates;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.Petitioner;

/**
 * The facts a document's template is filled with (templates: {@code documents/<slug>.txt}). Built when the document is
 * issued and stored with {@code DocumentIssued}, so a document reads the same whenever it is downloaded.
 */
final class DocumentFacts {
    private final Map<String, String> fields = new LinkedHashMap<>();

    private DocumentFacts() {
    }

    /** What every document names: the petitioner, the matter, the issuing organ, the number and the day. */
    static DocumentFacts of(DocumentType type, String number, PetitionDetails details, String organName, LocalDate issuedOn) {
        DocumentFacts facts = new DocumentFacts();
        Petitioner first = details.petitioners().get(0);
        return facts.put("number", number)
                .put("title", type.title())
                .put("petitioner", details.petitioners().stream().map(Petitioner::name).collect(Collectors.joining("、")))
                .put("address", first.address())
                .put("receivedOn", WrittenDates.of(dayOf(details.receivedAt())))
                .put("request", details.request())
                .put("factsAndReasons", details.factsAndReasons())
                .put("organName", organName)
                .put("issuedOn", WrittenDates.of(issuedOn));
    }

    DocumentFacts put(String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(key, value);
        }
        return this;
    }

    /** A rule's citation, as the petitioner reads it: 《信访工作条例》第三十五条, not "条例 Art 35". */
    DocumentFacts cite(String key, String article) {
        return put(key, Citations.chinese(article));
    }

    DocumentFacts put(String key, LocalDate day) {
        return put(key, day == null ? null : WrittenDates.of(day));
    }

    DocumentFacts put(String key, int number) {
        return put(key, Integer.toString(number));
    }

    Map<String, String> fields() {
        return Map.copyOf(fields);
    }
}
