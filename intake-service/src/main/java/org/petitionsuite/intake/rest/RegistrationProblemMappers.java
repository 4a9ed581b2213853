package org.petitionsuite.intake.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.petitionsuite.intake.command.ConflictingResubmissionException;
import org.petitionsuite.kit.rest.Problem;
import org.petitionsuite.kit.rest.ProblemMappers;

/** A conflicting resubmission as problem+json (invalid registrations are {@code Refusal}s, mapped by service-kit). */
public class RegistrationProblemMappers {

    @ServerExceptionMapper
    public Response conflict(ConflictingResubmissionException e, UriInfo uri) {
        return Problem.response(Response.Status.CONFLICT, "conflicting-resubmission",
                "Source reference already used with other details", e.getMessage(), ProblemMappers.path(uri));
    }
}
