package org.petitionsuite.intake.command;

import java.util.HashMap;
import java.util.Map;
import org.petitionsuite.contract.DocumentType;
import org.petitionsuite.documents.DocumentSequences;

/** The organs' sequences in memory, for the aggregate's fixtures (the service keeps them in its database). */
final class CountingDocumentNumbers implements DocumentNumbers {
    private final Map<String, Long> last = new HashMap<>();

    @Override
    public String next(String organCode, String organName, DocumentType type, int year) {
        long n = last.merge(organCode + "|" + SERIES.get(type) + "|" + year, 1L, Long::sum);
        return DocumentSequences.format(organName, SERIES.get(type), year, n);
    }
}
