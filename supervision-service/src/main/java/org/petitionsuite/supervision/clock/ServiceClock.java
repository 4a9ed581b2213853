package org.petitionsuite.supervision.clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * supervision's one source of "now" (the sweep's day, the time an observation or an action is recorded, the lists'
 * default {@code asOf}). {@code supervision.clock.shift} moves it ahead of real time, so a rehearsal or the restart test
 * can run the service on a later day without waiting; production leaves it at zero.
 */
public class ServiceClock {
    private static final Logger LOG = Logger.getLogger(ServiceClock.class);

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "supervision.clock.shift", defaultValue = "PT0S") Duration shift) {
        if (!shift.isZero()) {
            LOG.warnf("supervision.clock.shift=%s: the service acts as if it were that much later (rehearsals and tests only)",
                    shift);
        }
        return Clock.offset(Clock.systemUTC(), shift);
    }
}
