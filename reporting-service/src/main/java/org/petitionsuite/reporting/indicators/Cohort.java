package org.petitionsuite.reporting.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The petitions an indicator counts: registered (登记) from {@code from} to {@code to} inclusive, Beijing time, with the
 * place of the matter inside the region ({@code regionPrefix}, see {@code DivisionCode.scopePrefix}), and optionally
 * of one channel, purpose, content category, legal channel or responsible organ. Every figure is "as of now" for that
 * cohort: a petition registered in March and answered late in May counts as answered late in March's figures.
 */
public record Cohort(String regionPrefix, LocalDate from, LocalDate to, String channel, String purpose,
                     String contentCategory, String legalChannel, String organ) {

    /** The WHERE clause over petition_fact aliased {@code f}, and its parameters in order. */
    public Where where() {
        StringBuilder sql = new StringBuilder("f.registered_on between ? and ? and f.place_code12 like ?");
        List<Object> params = new ArrayList<>(List.of(from, to, regionPrefix + "%"));
        optional(sql, params, "f.channel", channel);
        optional(sql, params, "f.purpose", purpose);
        optional(sql, params, "f.content_category", contentCategory);
        optional(sql, params, "f.legal_channel", legalChannel);
        optional(sql, params, "f.routed_organ", organ);
        return new Where(sql.toString(), params);
    }

    public record Where(String sql, List<Object> params) {
    }

    private static void optional(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }
}
