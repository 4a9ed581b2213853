package org.petitionsuite.intake.command;

/**
 * A source system sent a reference it had already used, with different details. Idempotency must not silently
 * overwrite or ignore a change, so this is refused; corrections are a separate command.
 */
public class ConflictingResubmissionException extends RuntimeException {
    private final String petitionId;

    public ConflictingResubmissionException(String petitionId) {
        super("this source system and reference were registered before as petition " + petitionId + " with different details");
        this.petitionId = petitionId;
    }

    public String petitionId() {
        return petitionId;
    }
}
