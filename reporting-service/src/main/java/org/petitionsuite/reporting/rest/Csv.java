package org.petitionsuite.reporting.rest;

import jakarta.ws.rs.core.Response;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.petitionsuite.kit.Violations;
import org.petitionsuite.reporting.indicators.Rate;

/** CSV export of a list of records: one column per component, a rate as its value (0–1). UTF-8 with a BOM for Excel. */
final class Csv {
    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private Csv() {
    }

    /** {@code format} must be json or csv; otherwise a violation of {@code query.format}. */
    static void checkFormat(String format, Violations violations) {
        if (!List.of("json", "csv").contains(format)) {
            violations.add("query.format", "is json or csv");
        }
    }

    /** The rows as a CSV file when {@code format} is csv, else {@code json} as JSON. */
    static <T extends Record> Response orJson(String format, String filename, Class<T> type, List<T> rows, Object json) {
        return "csv".equals(format) ? of(filename, type, rows) : Response.ok(json).build();
    }

    static Response of(String filename, Class<? extends Record> type, List<? extends Record> rows) {
        RecordComponent[] components = type.getRecordComponents();
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(","))).append("\r\n");
        for (Record row : rows) {
            out.append(Arrays.stream(components).map(c -> cell(value(c, row))).collect(Collectors.joining(","))).append("\r\n");
        }
        return Response.ok(out.toString(), MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + filename + ".csv\"").build();
    }

    private static Object value(RecordComponent c, Record row) {
        try {
            Object v = c.getAccessor().invoke(row);
            return v instanceof Rate r ? r.value() : v;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet never runs a cell as a formula. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
