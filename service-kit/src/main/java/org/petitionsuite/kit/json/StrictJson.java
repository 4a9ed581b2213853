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
import java.util.Optional;
import java.util.function.Function;
import org.petitionsuite.kit.DateBounds;

/**
 * Integrators get an error for every field that is not exactly what the API says: unknown fields, duplicate keys,
 * "3" for a number, 3.7 for a whole number. A silently coerced value is a wrong record in a legal register.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    /** Last, after Quarkus's own customizers (which register the JavaTimeModule), so that {@link IsoTime} wins. */
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
        mapper.registerModule(new SimpleModule("strict-time")
                .addDeserializer(Instant.class, new IsoTime<>(Instant.class, DateBounds::instant,
                        "must be an ISO-8601 date-time with offset, e.g. 2026-11-21T09:12:00+08:00"))
                .addDeserializer(LocalDate.class, new IsoTime<>(LocalDate.class, DateBounds::day,
                        "must be an ISO-8601 date, e.g. 2026-11-21")));
    }

    /**
     * A date or an instant only as an ISO-8601 string within {@link DateBounds}. Jackson's own reads a number, or a
     * string of digits, as seconds since 1970 (a county system's mistake would become a real date), and takes any year:
     * a response due on +999999999-12-31 was accepted once and halted supervision's read model, which could not store it.
     */
    static final class IsoTime<T> extends StdScalarDeserializer<T> {
        private final Function<String, Optional<T>> parse;
        private final String expected;

        IsoTime(Class<T> type, Function<String, Optional<T>> parse, String expected) {
            super(type);
            this.parse = parse;
            this.expected = expected;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText().trim();
            Optional<T> value = parse.apply(text);
            return value.isPresent() ? value.get()
                    : (T) ctxt.handleWeirdStringValue(handledType(), text, expected + ", " + DateBounds.REASON);
        }
    }
}
