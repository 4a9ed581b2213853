package org.petitionsuite.contract;

/** Kafka topics of the published contract. Every record is keyed by petition id, so one petition's events keep their order. */
public final class Topics {
    /** Every event of intake's Petition aggregate (registration now; acceptance, handling, review later). */
    public static final String INTAKE_EVENTS = "petition.intake.events";

    private Topics() {
    }
}
