package org.petitionsuite.kit.tracing;

import io.opentelemetry.api.trace.Span;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * W3C trace context ({@code traceparent}) carried with a petition: from the HTTP request (Quarkus's OpenTelemetry
 * server span) into the command's metadata, from there into every event the command causes (an Axon correlation
 * data provider, {@code EventStorage}), onto the Kafka record the outbox publishes, and out of the record's header
 * into the consumer's span in the next service. One trace id follows the petition through the suite.
 */
public final class TraceContext {
    /** The metadata key in Axon messages and the Kafka header name, as OpenTelemetry's Kafka instrumentation uses it. */
    public static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header h = headers == null ? null : headers.lastHeader(key);
            return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        }
    };

    private TraceContext() {
    }

    /**
     * The {@code traceparent} of the current span: the consumer's span on a consumer thread, else the HTTP request's
     * (kept in the request's Vert.x context, which follows a blocking request onto its worker thread); null outside
     * any trace.
     */
    public static String current() {
        Span span = Span.current();
        if (!span.getSpanContext().isValid() && VertxContext.isOnDuplicatedContext()) {
            span = ContextLocals.<Span>get(RequestSpans.REQUEST_SPAN).orElse(span);
        }
        return format(span);
    }

    /** A span's W3C {@code traceparent}, or null for an invalid one. */
    static String format(Span span) {
        SpanContext c = span.getSpanContext();
        return c.isValid() ? "00-" + c.getTraceId() + "-" + c.getSpanId() + "-" + c.getTraceFlags().asHex() : null;
    }

    /** The trace a record's {@code traceparent} header names; the root context when it has none or a malformed one. */
    public static Context of(Headers headers) {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), headers, KAFKA_HEADERS);
    }

    /** Adds {@code traceparent} to a record about to be published, when its event carried one. */
    public static void addTo(Headers headers, Object traceparent) {
        if (traceparent != null) {
            headers.add(TRACEPARENT, traceparent.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Gives a command the current span's {@code traceparent} unless it has one already (a command sent while an event
     * is handled inherits the event's through Axon's correlation data).
     */
    public static MessageDispatchInterceptor<CommandMessage<?>> onCommands() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
                return (index, command) -> {
                    String traceparent = current();
                    return traceparent == null || command.getMetaData().containsKey(TRACEPARENT)
                            ? command : command.andMetaData(Map.of(TRACEPARENT, traceparent));
                };
            }
        };
    }
}
