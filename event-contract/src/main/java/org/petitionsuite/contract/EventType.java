package org.petitionsuite.contract;

import java.util.Arrays;
import java.util.Optional;

/**
 * The published event types. The wire name (the CloudEvents {@code type}) is a stable string that ends in its
 * version; a breaking change is a new constant with a new schema, never an edit of an old one.
 */
public enum EventType {
    PETITION_REGISTERED_V1("petition.registered.v1", Topics.INTAKE_EVENTS),
    PETITION_ACCEPTED_V1("petition.accepted.v1", Topics.INTAKE_EVENTS),
    PETITION_DECLINED_V1("petition.declined.v1", Topics.INTAKE_EVENTS),
    HANDLING_EXTENDED_V1("petition.handling-extended.v1", Topics.INTAKE_EVENTS),
    HANDLING_OPINION_ISSUED_V1("petition.handling-opinion-issued.v1", Topics.INTAKE_EVENTS),
    HEARING_RECORDED_V1("petition.hearing-recorded.v1", Topics.INTAKE_EVENTS),
    AGREEMENT_RECORDED_V1("petition.agreement-recorded.v1", Topics.INTAKE_EVENTS),
    REVIEW_REQUESTED_V1("petition.review-requested.v1", Topics.INTAKE_EVENTS),
    REVIEW_OPINION_ISSUED_V1("petition.review-opinion-issued.v1", Topics.INTAKE_EVENTS),
    LIMIT_LAPSED_V1("petition.limit-lapsed.v1", Topics.INTAKE_EVENTS),
    EVALUATED_V1("petition.evaluated.v1", Topics.INTAKE_EVENTS),
    PETITION_CONCLUDED_V1("petition.concluded.v1", Topics.INTAKE_EVENTS),
    NOT_ACCEPTED_AGAIN_V1("petition.not-accepted-again.v1", Topics.INTAKE_EVENTS),
    DOCUMENT_ISSUED_V1("petition.document-issued.v1", Topics.INTAKE_EVENTS),
    PERSONAL_DATA_ERASED_V1("petition.personal-data-erased.v1", Topics.INTAKE_EVENTS),
    MATTER_JOINED_V1("petition.matter-joined.v1", Topics.INTAKE_EVENTS),
    PETITION_CLASSIFIED_V1("petition.classified.v1", Topics.ROUTING_EVENTS),
    PETITION_ROUTED_V1("petition.routed.v1", Topics.ROUTING_EVENTS),
    ROUTING_OVERRIDDEN_V1("petition.routing-overridden.v1", Topics.ROUTING_EVENTS),
    ROUTING_OBJECTED_V1("petition.routing-objected.v1", Topics.ROUTING_EVENTS),
    CLASSIFICATION_CONFIRMED_V1("petition.classification-confirmed.v1", Topics.ROUTING_EVENTS),
    DEADLINE_APPROACHING_V1("deadline.approaching.v1", Topics.SUPERVISION_EVENTS),
    DEADLINE_BREACHED_V1("deadline.breached.v1", Topics.SUPERVISION_EVENTS),
    DEADLINE_MET_V1("deadline.met.v1", Topics.SUPERVISION_EVENTS),
    DEFECT_RECORDED_V1("defect.recorded.v1", Topics.SUPERVISION_EVENTS),
    ACTION_ISSUED_V1("supervision.action-issued.v1", Topics.SUPERVISION_EVENTS),
    ACTION_RESPONDED_V1("supervision.action-responded.v1", Topics.SUPERVISION_EVENTS),
    ACTION_RESPONSE_OVERDUE_V1("supervision.action-response-overdue.v1", Topics.SUPERVISION_EVENTS),
    ACTION_CLOSED_V1("supervision.action-closed.v1", Topics.SUPERVISION_EVENTS),
    RISK_RAISED_V1("reporting.risk-raised.v1", Topics.REPORTING_EVENTS);

    private final String wireName;
    private final String topic;

    EventType(String wireName, String topic) {
        this.wireName = wireName;
        this.topic = topic;
    }

    public String wireName() {
        return wireName;
    }

    public String topic() {
        return topic;
    }

    /** Classpath location of the JSON Schema (draft 2020-12) that the event's data validates against. */
    public String schemaResource() {
        return "/schemas/" + wireName + ".schema.json";
    }

    /** The {@code ce_dataschema} attribute: a URN naming the schema in this module. */
    public String schemaUri() {
        return "urn:petition-suite:schema:" + wireName;
    }

    public static Optional<EventType> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}
