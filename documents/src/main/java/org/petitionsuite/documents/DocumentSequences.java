package org.petitionsuite.documents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * 文号 (GB/T 9704-2012 §7.2.3: 发文机关代字、年份、发文顺序号): each issuing organ numbers each series of its documents
 * from 1 every year, e.g. 上城信处〔2026〕17号. The sequences live in the service's own table {@code document_number}
 * (each service's migration creates it). The upsert runs on the caller's transaction when there is one (JTA enlists the
 * connection), so its row lock orders concurrent issuers of one organ and series, and a command that rolls back gives
 * its number back: no gaps in an organ's register.
 */
public final class DocumentSequences {
    private final DataSource dataSource;

    public DocumentSequences(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The next number of {@code issuer}'s {@code series} in {@code year}, formatted with its 代字. */
    public String next(String issuer, String abbreviation, String series, int year) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement next = c.prepareStatement("INSERT INTO document_number (organ_code, series, year, last_number)"
                     + " VALUES (?, ?, ?, 1) ON CONFLICT (organ_code, series, year)"
                     + " DO UPDATE SET last_number = document_number.last_number + 1 RETURNING last_number")) {
            next.setString(1, issuer);
            next.setString(2, series);
            next.setInt(3, year);
            try (ResultSet r = next.executeQuery()) {
                r.next();
                return format(abbreviation, series, year, r.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot number the " + series + " series of " + issuer, e);
        }
    }

    /** 代字 + series + 〔year〕 + n + 号. */
    public static String format(String abbreviation, String series, int year, long sequence) {
        return abbreviation + series + "〔" + year + "〕" + sequence + "号";
    }
}
