package org.petitionsuite.supervision.clock;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Map;

/** The thresholds a jurisdiction chooses (none is statute [U]); see application.properties. */
@ConfigMapping(prefix = "supervision.rules")
public interface ClockPolicy {

    @WithName("warn-days-before")
    Warnings warnings();

    Defects defects();

    interface Warnings {
        /** Calendar days before a duty's last day at which {@code deadline.approaching.v1} is sent. */
        @WithDefault("3")
        @WithName("default")
        int byDefault();

        /** Per step, by {@link ClockStep} name. */
        Map<String, Integer> step();
    }

    interface Defects {
        @WithDefault("1")
        int registerWithinDays();

        @WithDefault("5")
        int superviseWithinDays();

        /** Display names by {@link Defect} code, e.g. a province's 四应四不; the article's wording by default. */
        Map<String, String> name();
    }

    default String nameOf(Defect defect) {
        return defects().name().getOrDefault(defect.name(), defect.defaultName());
    }
}
