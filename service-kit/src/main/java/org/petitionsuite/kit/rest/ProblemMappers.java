package org.petitionsuite.kit.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.petitionsuite.kit.Violation;
import org.petitionsuite.limits.WorkingDayCalendar;

/**
 * Every error leaves as RFC 9457 problem+json, naming the field and the reason; nothing leaks a stack trace. A service
 * adds mappers for its own domain exceptions next to its resources.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response refused(Refusal e, UriInfo uri) {
        return Problem.response(Response.Status.BAD_REQUEST, e.kind(), e.title(),
                "Correct the fields listed in errors; nothing was stored.", path(uri), e.violations());
    }

    @ServerExceptionMapper
    public Response transitionRefused(TransitionRefused e, UriInfo uri) {
        return Problem.conflict("transition-refused", "Not allowed in the petition's current state", e.getMessage(),
                path(uri), e.rule());
    }

    /**
     * Malformed JSON, wrong types, unknown fields: the path of the offending field comes from Jackson. The subtypes are
     * listed because Quarkus picks the mapper closest to the thrown type and has its own, body-less, for some of them.
     */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            StreamConstraintsException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return Problem.response(Response.Status.BAD_REQUEST, "unreadable-json", "The body is not valid JSON for this request",
                "Correct the fields listed in errors; nothing was stored.", path(uri), List.of(jsonViolation(e)));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "Your role may not do this." : e.getMessage();
        return Problem.response(Response.Status.FORBIDDEN, "forbidden", "Forbidden", detail, path(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
        if (status == null) {
            status = Response.Status.BAD_REQUEST;
        }
        return Problem.response(status, "http-" + status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (Causes.find(e, HttpClosedException.class).isPresent()) {
            // The client went away mid-body, or RequestLimits answered 408 and closed: no one to answer, no defect.
            LOG.debugf("connection closed while reading the request to %s", path(uri));
            return Problem.response(Response.Status.REQUEST_TIMEOUT, "request-timeout", "Request timeout",
                    "The connection closed before the request arrived; nothing was stored.", path(uri));
        }
        Optional<WorkingDayCalendar.YearNotCovered> gap = Causes.find(e, WorkingDayCalendar.YearNotCovered.class);
        if (gap.isPresent()) {
            // A deadline falls in a year without holiday data: refused loudly, never counted as weekdays in silence.
            LOG.errorf("%s on %s", gap.get().getMessage(), path(uri));
            return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "calendar-year-missing",
                    "No working-day calendar for " + gap.get().year(), gap.get().getMessage()
                            + ". Nothing was changed; send the request again once the operator has done so.", path(uri));
        }
        if (Unavailable.databaseUnreachable(e)) {
            // A database restart or failover (bench/fault restarts PostgreSQL under load): the caller retries.
            LOG.warnf("database unreachable on %s: %s", path(uri), e.getMessage());
            Response problem = Problem.response(Response.Status.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable",
                    "The service's database cannot be reached right now. Send the same request again: a registration "
                            + "with the same source reference is registered once.", path(uri));
            return Response.fromResponse(problem).header("Retry-After", "5").build();
        }
        LOG.errorf(e, "unexpected failure on %s", path(uri));
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "The request could not be completed; nothing was changed. The failure is logged.", path(uri));
    }

    private static Response unauthenticated(UriInfo uri) {
        Response problem = Problem.response(Response.Status.UNAUTHORIZED, "unauthenticated", "Authentication required",
                "Send a valid bearer JWT in the Authorization header.", path(uri));
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
    }

    static Violation jsonViolation(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return new Violation("", "the document exceeds a size or nesting limit");
        }
        if (e instanceof JsonParseException) {
            return new Violation("", "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (e instanceof JsonMappingException m) {
            String field = fieldPath(m);
            if (m instanceof UnrecognizedPropertyException u) {
                return new Violation(field, "is not a field of this request (known: " + u.getKnownPropertyIds() + ")");
            }
            if (m instanceof InvalidFormatException f) {
                return new Violation(field, "cannot be read as " + describe(f.getTargetType()));
            }
            if (m instanceof MismatchedInputException mi && mi.getTargetType() != null) {
                return new Violation(field, "must be " + describe(mi.getTargetType()));
            }
            return new Violation(field, "has an unreadable value");
        }
        return new Violation("", "unreadable JSON");
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a different type";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.time.Instant.class) {
            return "an ISO-8601 date-time with offset, e.g. 2026-11-20T09:30:00+08:00";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    public static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
