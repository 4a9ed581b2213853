package org.petitionsuite.routing.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.petitionsuite.kit.rest.Problem;
import org.petitionsuite.kit.rest.ProblemMappers;
import org.petitionsuite.routing.command.RoutingRefusedException;

/** Routing's refusals as problem+json (the general mappers are in service-kit). */
public class RoutingProblemMappers {

    @ServerExceptionMapper
    public Response refused(RoutingRefusedException e, UriInfo uri) {
        return Problem.response(Response.Status.BAD_REQUEST, "routing-refused", "The routing change is refused",
                "Correct the fields listed in errors; nothing was changed.", ProblemMappers.path(uri), e.violations());
    }
}
