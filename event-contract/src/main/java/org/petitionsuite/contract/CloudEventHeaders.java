package org.petitionsuite.contract;

/**
 * CloudEvents 1.0 attributes carried as Kafka headers (Kafka protocol binding, binary content mode): the record value
 * is the event data as JSON, the attributes are headers prefixed {@code ce_}. Consumers deduplicate on {@link #ID}.
 */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
