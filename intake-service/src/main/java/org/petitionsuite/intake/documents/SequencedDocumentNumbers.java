package org.petitionsuite.intake.documents;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.petitionsuite.contract.DocumentType;
import org.petitionsuite.documents.DocumentSequences;
import org.petitionsuite.intake.command.DocumentNumbers;
import org.petitionsuite.intake.config.IntakeConfig;

/**
 * The organs' document sequences in intake's database ({@code document_number}, {@link DocumentSequences}). An organ's
 * 代字 comes from {@code petition.documents.abbreviations."<organ code>"}; an organ without one is named in full, which
 * is long but never wrong.
 */
@ApplicationScoped
public class SequencedDocumentNumbers implements DocumentNumbers {
    private final DocumentSequences sequences;
    private final IntakeConfig config;

    SequencedDocumentNumbers(DataSource dataSource, IntakeConfig config) {
        this.sequences = new DocumentSequences(dataSource);
        this.config = config;
    }

    @Override
    public String next(String organCode, String organName, DocumentType type, int year) {
        return sequences.next(organCode, config.documents().abbreviations().getOrDefault(organCode, organName), SERIES.get(type), year);
    }
}
