package org.petitionsuite.kit.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The web server's own refusals as problem+json like every other: a request line longer than {@link #MAX_URI} (414), headers
 * larger than {@link #MAX_HEADERS} (431), a body declared longer than {@code quarkus.http.limits.max-body-size} (413,
 * before it is read). Left to the server they come without a body or content type (found by intake's fuzz test). The
 * server's own limits are set four times higher (service-kit's microprofile-config.properties) so that these checks
 * see such requests first; beyond those the server still answers with a bare status. A chunked body without a length
 * still meets Quarkus's own limit. A body that stops arriving is answered 408 after {@code request-limits.body-timeout}
 * (30 s): left to the server, the blocking read gives up after {@code quarkus.http.read-timeout} and closes the
 * connection without an answer.
 */
@Singleton
public class RequestLimits {
    /** The longest request target accepted: the server's default line limit (4 KiB), as before. */
    static final int MAX_URI = 4096;
    /** The most header bytes accepted: the server's default (20 KiB), as before. */
    static final int MAX_HEADERS = 20 * 1024;
    private final MemorySize maxBody;
    private final Duration bodyTimeout;

    RequestLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody,
                  @ConfigProperty(name = "request-limits.body-timeout", defaultValue = "PT30S") Duration bodyTimeout) {
        this.maxBody = maxBody;
        this.bodyTimeout = bodyTimeout;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            HttpServerRequest request = ctx.request();
            if (request.uri().length() > MAX_URI) {
                refuse(ctx, 414, "uri-too-long", "Request target too long",
                        "the request target is " + request.uri().length() + " characters; at most " + MAX_URI + " are accepted");
                return;
            }
            int headerBytes = 0;
            for (Map.Entry<String, String> header : request.headers()) {
                headerBytes += header.getKey().length() + header.getValue().length() + 4;
            }
            if (headerBytes > MAX_HEADERS) {
                refuse(ctx, 431, "headers-too-large", "Request headers too large",
                        "the headers take " + headerBytes + " bytes; at most " + MAX_HEADERS + " are accepted");
                return;
            }
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declaredLength(length) > maxBody.asLongValue()) {
                refuse(ctx, 413, "body-too-large", "Request body too large",
                        "the body is " + length + " bytes; at most " + maxBody.asLongValue() + " are accepted");
                return;
            }
            if (length != null || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
                watchBody(ctx);
            }
            ctx.next();
        });
    }

    /**
     * Answers 408 if the body has not all arrived within the timeout; the connection is closed after the answer. Not
     * once an answer has begun (a live stream answering a request whose body nobody reads): it cannot be replaced.
     */
    private void watchBody(RoutingContext ctx) {
        long timer = ctx.vertx().setTimer(bodyTimeout.toMillis(), id -> {
            if (!ctx.request().isEnded() && !ctx.response().headWritten()) {
                refuse(ctx, 408, "request-timeout", "Request timeout", "the body did not arrive within "
                        + bodyTimeout.toSeconds() + " s; nothing was stored. Send the whole request again.");
                // The rest of the body may still come: the connection cannot carry another request.
                ctx.request().connection().close();
            }
        });
        ctx.addEndHandler(done -> ctx.vertx().cancelTimer(timer));
    }

    private static void refuse(RoutingContext ctx, int status, String kind, String title, String detail) {
        // The path only, never the (overlong) query string.
        Problem problem = new Problem("urn:petition-suite:problem:" + kind, title, status, detail,
                ctx.request().path().length() > MAX_URI ? null : ctx.request().path(), null, null);
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(Json.encode(problem));
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
