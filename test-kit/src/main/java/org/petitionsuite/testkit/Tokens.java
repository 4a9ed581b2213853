package org.petitionsuite.testkit;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.util.Set;

/** Bearer tokens signed with the committed DEVELOPMENT key (smallrye.jwt.sign.key.location in the test profile). */
public final class Tokens {
    public static final String ISSUER = "petition-suite-dev";

    private Tokens() {
    }

    public static String of(String role, String region) {
        return claims(role, region).sign();
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

    private static JwtClaimsBuilder claims(String role, String region) {
        return Jwt.issuer(ISSUER).subject("test-" + role + "-" + region).groups(Set.of(role)).claim("region", region);
    }
}
