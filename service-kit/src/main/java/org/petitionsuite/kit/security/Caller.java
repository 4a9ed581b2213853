package org.petitionsuite.kit.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.kit.Violations;

/** Who is calling, from the bearer JWT: subject, roles ({@code groups}), {@code region} and, for integrators, {@code source_system}. */
@RequestScoped
public class Caller {
    public static final String REGISTRAR = "registrar";
    public static final String HANDLER = "handler";
    public static final String SUPERVISOR = "supervisor";
    public static final String ANALYST = "analyst";
    public static final String INTEGRATOR = "integrator";
    public static final String ADMIN = "admin";

    @Inject
    JsonWebToken jwt;

    public String subject() {
        return jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
    }

    /** The region the caller may see. A token without a valid {@code region} claim sees nothing. */
    public DivisionCode region() {
        Object claim = jwt.getClaim("region");
        try {
            return DivisionCode.parse(claim == null ? null : claim.toString());
        } catch (IllegalArgumentException e) {
            throw new ForbiddenException("the token's region claim " + e.getMessage());
        }
    }

    /**
     * The region asked for in query parameter {@code region}, which must lie inside the caller's (403 otherwise); the
     * caller's own when none is asked for. A malformed code is added to {@code violations} as {@code query.region}.
     */
    public DivisionCode regionWithin(String region, Violations violations) {
        DivisionCode own = region();
        if (region == null || region.isBlank()) {
            return own;
        }
        try {
            DivisionCode asked = DivisionCode.parse(region);
            if (!own.contains(asked)) {
                throw new ForbiddenException("region " + region + " is outside your region " + own.twelveDigits());
            }
            return asked;
        } catch (IllegalArgumentException e) {
            violations.add("query.region", e.getMessage());
            return own;
        }
    }

    /** The {@code source_system} claim of a county system's token: the only source it may speak for. */
    public Optional<String> sourceSystem() {
        Object claim = jwt.getClaim("source_system");
        return Optional.ofNullable(claim).map(Object::toString);
    }

    /** The {@code organ} claim: the code, in the authority directory, of the organ a handler works for. */
    public Optional<String> organ() {
        Object claim = jwt.getClaim("organ");
        return Optional.ofNullable(claim).map(Object::toString);
    }

    /** A handler without a wider role (supervisor, analyst, admin): bound to its own organ's work (least privilege). */
    public boolean isBoundToOrgan() {
        return hasAny(Set.of(HANDLER)) && !hasAny(Set.of(SUPERVISOR, ANALYST, ADMIN));
    }

    /** An integrator without a wider role: bound to its own source system's records (least privilege). */
    public boolean isBoundToSourceSystem() {
        return hasAny(Set.of(INTEGRATOR)) && !hasAny(Set.of(REGISTRAR, HANDLER, SUPERVISOR, ANALYST, ADMIN));
    }

    /** The caller's roles (the {@code groups} claim). */
    public Set<String> roles() {
        return jwt.getGroups() == null ? Set.of() : Set.copyOf(jwt.getGroups());
    }

    public boolean hasAny(Set<String> roles) {
        return jwt.getGroups() != null && jwt.getGroups().stream().anyMatch(roles::contains);
    }
}
