package org.petitionsuite.routing.api;

/** What a {@link ClassifyPetition} did. */
public enum ClassificationOutcome {
    CLASSIFIED,
    /** The petition had been classified before (a redelivered registration): nothing new was decided. */
    ALREADY_CLASSIFIED
}
