package org.petitionsuite.intake.api;

import java.time.Instant;
import java.util.Map;
import org.axonframework.serialization.Revision;
import org.petitionsuite.contract.DocumentType;

/**
 * A written document was issued to the petitioner. {@code fields} are the facts its template is filled with, as they
 * stood when it was issued, so the same document can be produced again at any time, byte for byte the same text.
 *
 * @param documentId unique within the petition, e.g. {@code handling-opinion-1}
 */
@Revision("1")
public record DocumentIssued(String petitionId, String placeOfMatter, String documentId, DocumentType type, String number,
                             Map<String, String> fields, Instant issuedAt) {
}
