package org.petitionsuite.intake.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.petitionsuite.intake.command.ConflictingResubmissionException;
import org.petitionsuite.intake.command.InvalidRegistrationException;
import org.petitionsuite.kit.rest.Problem;
import org.petitionsuite.kit.rest.ProblemMappers;

/** Registration refusals as problem+json (the general mappers are in service-kit). */
public class RegistrationProblemMappers {

    @ServerExceptionMapper
    public Response invalidRegistration(InvalidRegistrationException e, UriInfo uri) {
        return Problem.response(Response.Status.BAD_REQUEST, "invalid-registration", "The registration is invalid",
                "Correct the fields listed in errors; nothing was stored.", ProblemMappers.path(uri), e.violations());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictingResubmissionException e, UriInfo uri) {
        return Problem.response(Response.Status.CONFLICT, "conflicting-resubmission",
                "Source reference already used with other details", e.getMessage(), ProblemMappers.path(uri));
    }
}
