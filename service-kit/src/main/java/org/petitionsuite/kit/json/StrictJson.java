package org.petitionsuite.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.petitionsuite.kit.DateBounds;

/**
 * Integrators get an error for every field that is not exactly what the API says: unknown fields, duplicate keys,
 * "3" for a number, 3.7 for a whole number. A silently coerced value is a wrong record in a legal register.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    /** Last, after Quarkus's own customizers (which register the JavaTimeModule), so that {@link IsoInstant} wins. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        // Jackson turns 1, 1.5 and true into the strings "1", "1.5", "true" unless told not to.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // Registered after Quarkus's JavaTimeModule, so it wins for Instant: no epoch numbers, no "1700000000".
        mapper.registerModule(new SimpleModule("strict-time").addDeserializer(Instant.class, new IsoInstant())
                .addDeserializer(LocalDate.class, new IsoDay()));
    }

    /**
     * An instant only as ISO-8601 with an offset ({@code 2026-11-21T09:12:00+08:00}, {@code ...Z}). Jackson's own reads
     * a number, or a string of digits, as seconds since 1970: a county system's mistake would become a real date.
     */
    static final class IsoInstant extends StdScalarDeserializer<Instant> {
        IsoInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getText().trim();
            try {
                Instant instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
                if (DateBounds.contains(instant)) {
                    return instant;
                }
            } catch (DateTimeParseException e) {
                // refused below
            }
            return (Instant) ctxt.handleWeirdStringValue(Instant.class, text,
                    "must be an ISO-8601 date-time with offset, e.g. 2026-11-21T09:12:00+08:00, " + DateBounds.REASON);
        }
    }

    /**
     * A day only as ISO-8601 ({@code 2026-11-21}) within {@link DateBounds}: a response due on +999999999-12-31 was
     * accepted once and halted supervision's read model, which could not store it.
     */
    static final class IsoDay extends StdScalarDeserializer<LocalDate> {
        IsoDay() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText().trim();
            try {
                LocalDate day = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                if (DateBounds.contains(day)) {
                    return day;
                }
            } catch (DateTimeParseException e) {
                // refused below
            }
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text,
                    "must be an ISO-8601 date, e.g. 2026-11-21, " + DateBounds.REASON);
        }
    }
}
