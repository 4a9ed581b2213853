package org.petitionsuite.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.petitionsuite.intake.command.RegistrationPolicy;

/** intake's own settings ({@code petition.*} in application.properties, or PETITION_* environment variables). */
@ConfigMapping(prefix = "petition")
public interface IntakeConfig {

    /** Key of the HMAC that turns a resident ID number into the pseudonym published on Kafka. Keep it secret. */
    String pseudonymKey();

    Registration registration();

    interface Registration {
        /** 条例 Art 20 ¶3: at most 5 representatives; a province may set fewer. */
        @WithDefault("5")
        int maxRepresentatives();

        @WithDefault("PT5M")
        Duration allowedClockSkew();
    }

    @Singleton
    final class Policies {
        @Produces
        @Singleton
        RegistrationPolicy registrationPolicy(IntakeConfig config) {
            return new RegistrationPolicy(config.registration().maxRepresentatives(), config.registration().allowedClockSkew());
        }
    }
}
