package org.petitionsuite.kit.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calls without a bearer token (the public open data, and anything answered 401) are limited per client address:
 * {@code petition.anonymous-rate-limit.per-minute} a minute (default 120), beyond which the answer is 429
 * problem+json with Retry-After. A public endpoint is not a way to scrape the suite or to hammer token checks.
 * Callers with a token are not limited here: they are known and audited. Health and metrics (/q) are outside JAX-RS
 * and so outside this limit: probes and scrapes come from the cluster.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class AnonymousRateLimit implements ContainerRequestFilter {
    private final int perMinute;
    /** Enough addresses for a busy hour of distinct callers; an address quiet for 10 minutes starts afresh. */
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    @Context
    HttpServerRequest request;

    AnonymousRateLimit(@ConfigProperty(name = "petition.anonymous-rate-limit.per-minute", defaultValue = "120") int perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        if (context.getHeaderString(HttpHeaders.AUTHORIZATION) != null || perMinute <= 0) {
            return;
        }
        String client = request == null || request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        ConsumptionProbe probe = buckets.get(client, c -> Bucket.builder()
                        .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                        .build())
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
            context.abortWith(Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS, "rate-limited",
                            "Too many requests without a token",
                            "at most " + perMinute + " calls a minute from one address without a token; try again in "
                                    + seconds + " s, or call with a token", context.getUriInfo().getRequestUri().getRawPath()))
                    .header("Retry-After", seconds).build());
        }
    }
}
