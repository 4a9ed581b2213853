package org.petitionsuite.kit.tracing;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OpenTelemetry for a service: the SDK, configured by the standard {@code OTEL_*} environment variables (exporter,
 * endpoint, sampler), and its tracer. {@link RequestSpans} opens a span per HTTP request, {@link TraceContext} carries
 * the trace on.
 *
 * <p>By default nothing is exported ({@code otel.traces.exporter=none}): the trace context still travels with every
 * petition (see {@link TraceContext}). A deployment exports by setting {@code OTEL_TRACES_EXPORTER=otlp} and
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT} (deploy/k8s does). Quarkus's own OpenTelemetry extension is not used because
 * its 3.37.1 release is not on Maven Central, the only repository our machines reach.
 */
@Singleton
public class Tracing {
    @Produces
    @Singleton
    OpenTelemetrySdk openTelemetry(@ConfigProperty(name = "quarkus.application.name") String application) {
        return AutoConfiguredOpenTelemetrySdk.builder()
                // Defaults only: OTEL_* environment variables and -Dotel.* properties win.
                .addPropertiesSupplier(() -> Map.of(
                        "otel.service.name", application,
                        "otel.traces.exporter", "none",
                        "otel.metrics.exporter", "none",
                        "otel.logs.exporter", "none"))
                .disableShutdownHook()
                .build()
                .getOpenTelemetrySdk();
    }

    void close(@Disposes OpenTelemetrySdk sdk) {
        sdk.close();
    }

    @Produces
    @Singleton
    Tracer tracer(OpenTelemetrySdk sdk, @ConfigProperty(name = "quarkus.application.name") String application) {
        return sdk.getTracer(application);
    }
}
