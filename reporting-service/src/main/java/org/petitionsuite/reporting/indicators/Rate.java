package org.petitionsuite.reporting.indicators;

/** A rate as §5.1 defines it: {@code value} = numerator / denominator, null when nothing is to be counted. */
public record Rate(long numerator, long denominator, Double value) {
    public static Rate of(long numerator, long denominator) {
        return new Rate(numerator, denominator, denominator == 0 ? null : (double) numerator / denominator);
    }
}
