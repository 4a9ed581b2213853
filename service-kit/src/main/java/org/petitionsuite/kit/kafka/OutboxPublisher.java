package org.petitionsuite.kit.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.petitionsuite.contract.CloudEventHeaders;
import org.petitionsuite.contract.EventType;

/**
 * Publishing from an event store that serves as the outbox. Called from an event handler of a tracking processor, it
 * sends the event to Kafka keyed by petition id with CloudEvents headers; the sends of one batch go out together, and
 * the batch's token moves only after the broker acknowledged every one of them. If the broker does not, the batch
 * fails, the processor backs off and sends the same batch again: at least once, never skipped, consumers deduplicate
 * on {@code ce_id}.
 */
@Singleton
public class OutboxPublisher {
    private static final String PENDING_SENDS = OutboxPublisher.class.getName() + ".pendingSends";

    private final Producer<String, byte[]> producer;
    private final MeterRegistry metrics;
    /** Looked up once per type: the registry lookup is not for every event. */
    private final Map<EventType, Counter> published = new ConcurrentHashMap<>();
    private final Duration ackTimeout;
    private final String source;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    OutboxPublisher(Producer<String, byte[]> producer, MeterRegistry metrics, PublisherConfig config,
                    @ConfigProperty(name = "quarkus.application.name") String application) {
        this.producer = producer;
        this.metrics = metrics;
        this.ackTimeout = config.ackTimeout();
        this.source = config.source().orElse("/petition-suite/" + application.replace("-service", ""));
    }

    /** Sends {@code data} as event {@code type} about petition {@code petitionId}, within the current batch. */
    public void publish(EventType type, String petitionId, Object data, EventMessage<?> message) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), petitionId, toJson(data));
        Headers headers = record.headers();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        // The stored event's own id: a re-send after a crash carries the same ce_id, which consumers deduplicate on.
        header(headers, CloudEventHeaders.ID, message.getIdentifier());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TYPE, type.wireName());
        header(headers, CloudEventHeaders.TIME, message.getTimestamp().toString());
        header(headers, CloudEventHeaders.SUBJECT, petitionId);
        header(headers, CloudEventHeaders.DATA_SCHEMA, type.schemaUri());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        pendingSends().add(producer.send(record));
        published.computeIfAbsent(type, t -> metrics.counter("petition.events.published", "type", t.wireName())).increment();
    }

    /** Sends of the current batch; the first one registers the wait for their acknowledgements before the token moves. */
    private List<Future<RecordMetadata>> pendingSends() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_SENDS, key -> {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            batch.onPrepareCommit(u -> awaitAcknowledgements(sends));
            return sends;
        });
    }

    private void awaitAcknowledgements(List<Future<RecordMetadata>> sends) {
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailedException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            metrics.counter("petition.events.publish.failures").increment();
            throw new PublicationFailedException("Kafka did not acknowledge the batch; it will be sent again", e);
        }
    }

    private byte[] toJson(Object data) {
        try {
            return json.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + data.getClass().getSimpleName(), e);
        }
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The broker did not take a batch: the tracking processor retries it. */
    public static class PublicationFailedException extends RuntimeException {
        PublicationFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
