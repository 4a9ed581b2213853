package org.petitionsuite.contract.intake;

import java.time.Instant;
import org.petitionsuite.contract.DocumentType;

/**
 * Data of {@code petition.document-issued.v1}: a written document was issued to the petitioner (petition-rules.md
 * §3.2). Its content, which names people, stays in intake: {@code GET /api/v1/petitions/{id}/documents/{documentId}.pdf}.
 *
 * @param number the document number (文书编号), unique per petition and type
 */
public record DocumentIssuedV1(String petitionId, String placeOfMatter, String documentId, DocumentType type,
                               String number, Instant issuedAt) {
}
