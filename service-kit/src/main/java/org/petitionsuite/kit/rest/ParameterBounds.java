package org.petitionsuite.kit.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.petitionsuite.kit.Violation;

/**
 * Bounds every service applies to every path and query parameter before a resource sees it (issue 18 item 1): no
 * control characters (a NUL in a path id reached the database), and no dates beyond year 9999 written with a sign
 * (PostgreSQL refused them with a 500). Each refusal is a 400 problem+json naming the parameter. What a parameter
 * means (a page number, a division code, a date range) is still the resource's to check.
 */
@Provider
@PreMatching
public class ParameterBounds implements ContainerRequestFilter {
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    /** An ISO date with an expanded year: a sign and five or more digits (+999999999-12-31). */
    private static final Pattern EXPANDED_YEAR = Pattern.compile("^[+-]\\d{5,}-");

    @Override
    public void filter(ContainerRequestContext request) {
        List<Violation> violations = new ArrayList<>();
        String path = request.getUriInfo().getPath(true);
        if (CONTROL.matcher(path).find()) {
            violations.add(new Violation("path", "must not contain control characters"));
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters(true).entrySet()) {
            for (String value : parameter.getValue()) {
                if (CONTROL.matcher(value).find() || CONTROL.matcher(parameter.getKey()).find()) {
                    violations.add(new Violation("query." + parameter.getKey(), "must not contain control characters"));
                } else if (EXPANDED_YEAR.matcher(value).find()) {
                    violations.add(new Violation("query." + parameter.getKey(), "dates are accepted for the years 0001–9999"));
                }
            }
        }
        if (!violations.isEmpty()) {
            request.abortWith(Problem.response(Response.Status.BAD_REQUEST, "invalid-request", "The request is invalid",
                    "Some parameters are out of bounds.", CONTROL.matcher(path).replaceAll("?"), violations));
        }
    }
}
