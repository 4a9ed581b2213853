package org.petitionsuite.supervision.letters;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import javax.sql.DataSource;
import org.petitionsuite.contract.supervision.ActionKind;
import org.petitionsuite.documents.DocumentSequences;
import org.petitionsuite.supervision.command.LetterNumbers;

/**
 * The departments' letter sequences in supervision's database ({@code document_number}). A department's 代字 comes from
 * {@code supervision.documents.abbreviations."<region code>"}; one without is named as the letter is signed.
 */
@ApplicationScoped
public class SequencedLetterNumbers implements LetterNumbers {
    private final DocumentSequences sequences;
    private final Map<String, String> abbreviations;

    SequencedLetterNumbers(DataSource dataSource, LetterSettings settings) {
        this.sequences = new DocumentSequences(dataSource);
        this.abbreviations = settings.abbreviations();
    }

    @Override
    public String next(String regionCode, String issuerName, ActionKind kind, int year) {
        return sequences.next(regionCode, abbreviations.getOrDefault(regionCode, issuerName), LetterKind.of(kind).series(), year);
    }
}
