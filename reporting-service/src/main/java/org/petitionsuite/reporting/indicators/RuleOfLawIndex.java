package org.petitionsuite.reporting.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * 法治化指数: a weighted mean of §5.1 rates, scaled to 100. Weights are configuration per jurisdiction (the two-digit
 * province code, else {@code default}): {@code reporting.index.weights.<jurisdiction>.<COMPONENT>}. No official formula
 * was found [U]; the default weights follow 达川区's published scoring [S] (see application.properties). A component
 * with nothing to count (no denominator) is left out and the others' weights are re-normalised, so a county without
 * evaluations yet is not scored zero for them.
 */
@ApplicationScoped
public class RuleOfLawIndex {
    public enum Component {
        TIMELY_ACCEPTANCE_DEPARTMENT(s -> s.timelyAcceptanceDepartment().rate()),
        TIMELY_ACCEPTANCE_UNIT(s -> s.timelyAcceptanceUnit().rate()),
        ON_TIME_ANSWER(s -> s.onTimeAnswer().rate()),
        SATISFACTION(Indicators.Summary::satisfaction),
        PARTICIPATION(Indicators.Summary::participation),
        FIRST_TIME_RESOLUTION(Indicators.Summary::firstTimeResolution),
        /** 1 − 重复信访率: fewer repeats score higher. */
        NO_REPEAT(s -> {
            Rate r = s.repeatRate();
            return Rate.of(r.denominator() - r.numerator(), r.denominator());
        });

        private final Function<Indicators.Summary, Rate> rate;

        Component(Function<Indicators.Summary, Rate> rate) {
            this.rate = rate;
        }
    }

    public record Part(Component component, double weight, Double rate) {
    }

    /** {@code value} 0–100, null when no weighted component has anything to count. */
    public record Score(String weightsOf, Double value, List<Part> parts) {
    }

    private final Config config;

    RuleOfLawIndex(Config config) {
        this.config = config;
    }

    Score score(String jurisdiction, Indicators.Summary summary) {
        String weightsOf = hasWeights(jurisdiction) ? jurisdiction : "default";
        List<Part> parts = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (Component component : Component.values()) {
            double weight = weight(weightsOf, component);
            if (weight <= 0) {
                continue;
            }
            Double rate = component.rate.apply(summary).value();
            parts.add(new Part(component, weight, rate));
            if (rate != null) {
                weighted += weight * rate;
                weights += weight;
            }
        }
        return new Score(weightsOf, weights == 0 ? null : Math.round(1000 * weighted / weights) / 10.0, parts);
    }

    private boolean hasWeights(String jurisdiction) {
        if (jurisdiction.isEmpty()) {
            return false;
        }
        for (Component c : Component.values()) {
            if (config.getOptionalValue(key(jurisdiction, c), Double.class).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private double weight(String weightsOf, Component c) {
        return config.getOptionalValue(key(weightsOf, c), Double.class).orElse(0.0);
    }

    private static String key(String jurisdiction, Component c) {
        return "reporting.index.weights." + jurisdiction + "." + c.name();
    }
}
