package org.petitionsuite.intake.api;

/** What a {@link RegisterPetition} command did. */
public enum RegistrationOutcome {
    /** A new petition was registered. */
    REGISTERED,
    /** The same source system and reference were registered before with the same details: nothing new was stored. */
    ALREADY_REGISTERED
}
