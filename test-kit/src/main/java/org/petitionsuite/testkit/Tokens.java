package org.petitionsuite.testkit;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.util.Set;

/** Bearer tokens signed with the committed DEVELOPMENT key (smallrye.jwt.sign.key.location in the test profile). */
public final class Tokens {
    public static final String ISSUER = "petition-suite-dev";
    /** The audience every service requires (service-kit's microprofile-config.properties). */
    public static final String AUDIENCE = "petition-suite";

    private Tokens() {
    }

    public static String of(String role, String region) {
        return claims(role, region).sign();
    }

    /** A token with every claim access decisions read; {@code organ} and {@code sourceSystem} may be null. */
    public static String of(String role, String region, String organ, String sourceSystem) {
        JwtClaimsBuilder claims = claims(role, region);
        if (organ != null) {
            claims.claim("organ", organ);
        }
        if (sourceSystem != null) {
            claims.claim("source_system", sourceSystem);
        }
        return claims.sign();
    }

    /** A token with a role but no {@code region} claim: region-scoped reads must refuse it. */
    public static String withoutRegion(String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("test-" + role).groups(Set.of(role)).sign();
    }

    public static String integrator(String region, String sourceSystem) {
        return claims("integrator", region).claim("source_system", sourceSystem).sign();
    }

    /** A handler working for an organ of the authority directory (claim {@code organ}). */
    public static String handlerOf(String region, String organCode) {
        return claims("handler", region).claim("organ", organCode).sign();
    }

    public static String expired(String role, String region) {
        return claims(role, region).issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
    }

    public static String fromAnotherIssuer(String role, String region) {
        return claims(role, region).issuer("someone-else").sign();
    }

    /** A token minted for another system: right issuer and key, wrong audience. */
    public static String forAnotherAudience(String role, String region) {
        return claims(role, region).audience("some-other-system").sign();
    }

    /** A token valid for a century: beyond any lifetime the services accept. */
    public static String forACentury(String role, String region) {
        Instant now = Instant.now();
        return claims(role, region).issuedAt(now).expiresAt(now.plus(java.time.Duration.ofDays(36_525))).sign();
    }

    private static JwtClaimsBuilder claims(String role, String region) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("test-" + role + "-" + region).groups(Set.of(role))
                .claim("region", region);
    }
}
