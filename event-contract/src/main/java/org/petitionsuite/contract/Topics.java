package org.petitionsuite.contract;

/**
 * Kafka topics of the published contract. Every record about a petition is keyed by petition id, so one petition's
 * events keep their order.
 */
public final class Topics {
    /** Every event of intake's Petition aggregate (registration now; acceptance, handling, review later). */
    public static final String INTAKE_EVENTS = "petition.intake.events";

    /** Records intake could not process (routing decisions about unknown petitions, unreadable records). */
    public static final String INTAKE_DEAD_LETTERS = "petition.intake.dead-letters";

    /** Every event of routing's decisions about a petition (classification now; routing, overrides, objections later). */
    public static final String ROUTING_EVENTS = "petition.routing.events";

    /** Records routing could not process, with the reason in the {@code dlq_reason} header. */
    public static final String ROUTING_DEAD_LETTERS = "petition.routing.dead-letters";

    /**
     * supervision's clocks (deadline.*, defect.recorded.v1), keyed by petition id, and its actions (supervision.action-*),
     * keyed by action id.
     */
    public static final String SUPERVISION_EVENTS = "petition.supervision.events";

    /** Records supervision could not process, with the reason in the {@code dlq_reason} header. */
    public static final String SUPERVISION_DEAD_LETTERS = "petition.supervision.dead-letters";

    /** reporting's risk early warnings (reporting.risk-raised.v1), keyed by the county's division code. */
    public static final String REPORTING_EVENTS = "petition.reporting.events";

    private Topics() {
    }
}
