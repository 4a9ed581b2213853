package org.petitionsuite.limits;

/**
 * A statutory period: so many calendar days (日) or working days (工作日).
 *
 * @param article where the period comes from, shown with every deadline computed from it
 */
public record Period(int length, Unit unit, String article) {

    public enum Unit {
        CALENDAR_DAYS, WORKING_DAYS
    }

    public Period {
        if (length < 1) {
            throw new IllegalArgumentException("a period lasts at least one day");
        }
    }
}
