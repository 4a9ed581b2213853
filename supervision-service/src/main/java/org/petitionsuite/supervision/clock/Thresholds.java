package org.petitionsuite.supervision.clock;

import java.util.Map;

/**
 * The thresholds the clocks decide with, as plain data (from {@link ClockPolicy}, or written out in a test).
 *
 * @param warnDaysBefore          by step; {@code defaultWarnDaysBefore} for the rest
 * @param registerWithinDays      REGISTERED_LATE after this many days from receipt
 * @param superviseWithinDays     SUPERVISION_NOT_PERFORMED when a breach has no 督办 this many days later
 */
public record Thresholds(int defaultWarnDaysBefore, Map<ClockStep, Integer> warnDaysBefore, int registerWithinDays,
                         int superviseWithinDays) {

    public Thresholds {
        warnDaysBefore = Map.copyOf(warnDaysBefore);
    }

    public static Thresholds from(ClockPolicy policy) {
        Map<ClockStep, Integer> byStep = new java.util.EnumMap<>(ClockStep.class);
        policy.warnings().step().forEach((step, days) -> byStep.put(ClockStep.valueOf(step), days));
        return new Thresholds(policy.warnings().byDefault(), byStep, policy.defects().registerWithinDays(),
                policy.defects().superviseWithinDays());
    }

    public int warnDaysBefore(ClockStep step) {
        return warnDaysBefore.getOrDefault(step, defaultWarnDaysBefore);
    }
}
