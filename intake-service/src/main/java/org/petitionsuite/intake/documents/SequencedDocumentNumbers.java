package org.petitionsuite.intake.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.petitionsuite.contract.DocumentType;
import org.petitionsuite.intake.command.DocumentNumbers;
import org.petitionsuite.intake.config.IntakeConfig;

/**
 * The organs' document sequences in intake's database ({@code document_number}). The upsert runs on the command's
 * connection (JTA enlists it), so its row lock orders concurrent issuers of one organ and series, and a command that
 * rolls back gives its number back. An organ's 代字 comes from {@code petition.documents.abbreviations.<organ code>};
 * an organ without one is named in full, which is long but never wrong.
 */
@ApplicationScoped
public class SequencedDocumentNumbers implements DocumentNumbers {
    private final DataSource dataSource;
    private final IntakeConfig config;

    SequencedDocumentNumbers(DataSource dataSource, IntakeConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Override
    public String next(String organCode, String organName, DocumentType type, int year) {
        String series = SERIES.get(type);
        try (Connection c = dataSource.getConnection();
             PreparedStatement next = c.prepareStatement("INSERT INTO document_number (organ_code, series, year, last_number)"
                     + " VALUES (?, ?, ?, 1) ON CONFLICT (organ_code, series, year)"
                     + " DO UPDATE SET last_number = document_number.last_number + 1 RETURNING last_number")) {
            next.setString(1, organCode);
            next.setString(2, series);
            next.setInt(3, year);
            try (ResultSet r = next.executeQuery()) {
                r.next();
                String abbreviation = config.documents().abbreviations().getOrDefault(organCode, organName);
                return DocumentNumbers.format(abbreviation, type, year, r.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot number the " + type.title() + " of " + organCode, e);
        }
    }
}
