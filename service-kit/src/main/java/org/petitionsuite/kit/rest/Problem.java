package org.petitionsuite.kit.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.petitionsuite.kit.Violation;

/**
 * RFC 9457 problem details, the body of every error answer ({@code application/problem+json}).
 *
 * @param type   a stable URN per kind of problem, for clients to branch on
 * @param errors for 400 answers: each offending field (JSON path, or {@code query.x} / {@code header.x}) and why
 * @param rule   for 409 answers: the article or rule that forbids the step
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> errors,
                      String rule) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:petition-suite:problem:";

    public static Response response(Response.Status status, String kind, String title, String detail, String instance,
                                    List<Violation> errors) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem(TYPE_PREFIX + kind, title, status.getStatusCode(), detail, instance, errors, null))
                .build();
    }

    /** A 409: the step is not allowed now, by {@code rule}. */
    public static Response conflict(String kind, String title, String detail, String instance, String rule) {
        return Response.status(Response.Status.CONFLICT)
                .type(MEDIA_TYPE)
                .entity(new Problem(TYPE_PREFIX + kind, title, 409, detail, instance, null, rule))
                .build();
    }

    public static Response response(Response.Status status, String kind, String title, String detail, String instance) {
        return response(status, kind, title, detail, instance, null);
    }
}
