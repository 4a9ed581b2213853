package org.petitionsuite.kit.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.petitionsuite.contract.CloudEventHeaders;
import org.petitionsuite.contract.EventType;

/** A contract event as a Kafka record: the data as JSON, the CloudEvents 1.0 attributes as headers (binary mode). */
public final class CloudEventRecord {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private CloudEventRecord() {
    }

    /**
     * @param key the record key and {@code ce_subject}: the petition id, or what the event's topic documents
     * @param id  {@code ce_id}: stable for the event, so a re-send after a crash carries the same id
     */
    public static ProducerRecord<String, byte[]> of(EventType type, String key, String id, Instant time, String source,
                                                    Object data) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), key, toJson(data));
        Headers headers = record.headers();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, id);
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TYPE, type.wireName());
        header(headers, CloudEventHeaders.TIME, time.toString());
        header(headers, CloudEventHeaders.SUBJECT, key);
        header(headers, CloudEventHeaders.DATA_SCHEMA, type.schemaUri());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    private static byte[] toJson(Object data) {
        try {
            return JSON.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + data.getClass().getSimpleName(), e);
        }
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
