package org.petitionsuite.kit.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A SERVER span per HTTP request, child of the caller's {@code traceparent} when it sent one. The span is kept in the
 * request's Vert.x context, which Quarkus carries onto the worker thread of a blocking resource, so that a command
 * sent there picks it up ({@link TraceContext#current()}).
 */
@Singleton
public class RequestSpans {
    /** Where the request's span lives while the request runs: the Vert.x context follows it onto worker threads. */
    static final String REQUEST_SPAN = "petition-suite.request-span";

    private static final TextMapGetter<ContainerRequestContext> HTTP_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ContainerRequestContext request) {
            return request.getHeaders().keySet();
        }

        @Override
        public String get(ContainerRequestContext request, String key) {
            return request == null ? null : request.getHeaderString(key);
        }
    };

    private final Tracer tracer;

    RequestSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    @ServerRequestFilter
    void startRequestSpan(ContainerRequestContext request) {
        if (!VertxContext.isOnDuplicatedContext()) {
            return; // not a request Quarkus serves on its own context: nothing to attach the span to
        }
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), request, HTTP_HEADERS);
        Span span = tracer.spanBuilder(request.getMethod() + " " + request.getUriInfo().getPath())
                .setSpanKind(SpanKind.SERVER).setParent(parent)
                .setAttribute("http.request.method", request.getMethod())
                .setAttribute("url.path", request.getUriInfo().getPath())
                .startSpan();
        ContextLocals.put(REQUEST_SPAN, span);
    }

    /** Ends the request's span, and answers with its {@code traceparent} so a caller can quote the trace. */
    @ServerResponseFilter
    void endRequestSpan(ContainerResponseContext response) {
        if (!VertxContext.isOnDuplicatedContext()) {
            return;
        }
        ContextLocals.<Span>get(REQUEST_SPAN).ifPresent(span -> {
            span.setAttribute("http.response.status_code", response.getStatus());
            if (response.getStatus() >= 500) {
                span.setStatus(StatusCode.ERROR);
            }
            response.getHeaders().putSingle(TraceContext.TRACEPARENT, TraceContext.format(span));
            span.end();
            ContextLocals.remove(REQUEST_SPAN);
        });
    }
}
