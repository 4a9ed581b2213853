package org.petitionsuite.kit.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.petitionsuite.kit.Violation;

/**
 * The declared type of a path or query parameter is its schema (issue 18 item 1): an {@code int page} takes ASCII
 * digits that fit an int, a {@code boolean} takes true or false, and anything else is a 400 problem+json naming the
 * parameter. Without this, JAX-RS answers an unconvertible query value with 404 (page=abc, size=1e3,
 * within=2147483648), and Java's own parsing accepts fullwidth and other Unicode digits (size=１２). Identifiers in a
 * path ({@link #UUID_PARAMETERS}) are UUIDs as the services mint them (intake a petition's, supervision an action's;
 * the contract's {@code petitionId} has format uuid): anything else is a 400, never a query. Ranges stay with the
 * resource ({@link Paging}). Runs after matching, before the parameters are converted.
 */
public class TypedParameters {
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Path parameters that name a petition or a 督办 action. */
    static final Set<String> UUID_PARAMETERS = Set.of("id", "petitionId", "actionId", "candidateId");
    private static final Set<Class<?>> CHECKED = Set.of(int.class, Integer.class, long.class,
            Long.class, boolean.class, Boolean.class);
    private static final Map<Method, List<Typed>> BY_METHOD = new ConcurrentHashMap<>();

    /** One parameter whose value must be written as its Java type. */
    record Typed(String in, String name, Class<?> type) {
        String field() {
            return in + "." + name;
        }
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        List<Typed> checked = BY_METHOD.computeIfAbsent(method, TypedParameters::typedParameters);
        if (checked.isEmpty()) {
            return null;
        }
        // Decoded once per request, not once per parameter.
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters(true);
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        List<Violation> violations = new ArrayList<>();
        for (Typed typed : checked) {
            List<String> given = (typed.in().equals("path") ? path : query).get(typed.name());
            if (given == null) {
                continue;
            }
            for (String value : given) {
                String reason = reason(typed, value);
                if (reason != null) {
                    violations.add(new Violation(typed.field(), reason));
                    break;
                }
            }
        }
        if (violations.isEmpty()) {
            return null;
        }
        return Problem.response(Response.Status.BAD_REQUEST, "invalid-request", "The request is invalid",
                "Correct the parameters listed in errors; nothing was changed.", ProblemMappers.path(request.getUriInfo()),
                violations);
    }

    /** Null when {@code value} is written as {@code typed} asks; otherwise why not. */
    static String reason(Typed typed, String value) {
        if (typed.in().equals("path") && UUID_PARAMETERS.contains(typed.name())) {
            return UUID.matcher(value).matches() ? null : "is a UUID as the API gave it (lowercase, 8-4-4-4-12 digits)";
        }
        return reason(typed.type(), value);
    }

    static String reason(Class<?> type, String value) {
        boolean isInt = type == int.class || type == Integer.class;
        if (isInt || type == long.class || type == Long.class) {
            if (!INTEGER.matcher(value).matches()) {
                return "is a whole number written with the digits 0-9";
            }
            try {
                long number = Long.parseLong(value);
                return isInt && number != (int) number ? "is too large" : null;
            } catch (NumberFormatException e) {
                return "is too large";
            }
        }
        if (type == boolean.class || type == Boolean.class) {
            return value.equals("true") || value.equals("false") ? null : "is true or false";
        }
        return null;
    }

    private static List<Typed> typedParameters(Method method) {
        List<Typed> typed = new ArrayList<>();
        Class<?>[] types = method.getParameterTypes();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof QueryParam q) {
                    typed.add(new Typed("query", q.value(), types[i]));
                } else if (a instanceof PathParam p) {
                    typed.add(new Typed("path", p.value(), types[i]));
                } else if (a instanceof BeanParam) {
                    for (Field f : types[i].getFields()) {
                        QueryParam q = f.getAnnotation(QueryParam.class);
                        if (q != null) {
                            typed.add(new Typed("query", q.value(), f.getType()));
                        }
                    }
                }
            }
        }
        typed.removeIf(t -> !CHECKED.contains(t.type()) && !(t.in().equals("path") && UUID_PARAMETERS.contains(t.name())));
        return List.copyOf(typed);
    }
}
