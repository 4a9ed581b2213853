package org.petitionsuite.kit.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
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
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.petitionsuite.kit.tracing.TraceContext;
import org.petitionsuite.contract.EventType;

/**
 * Publishing from an event store that serves as the outbox. Called from an event handler of a streaming processor, it
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

    OutboxPublisher(Producer<String, byte[]> producer, MeterRegistry metrics, PublisherConfig config,
                    @ConfigProperty(name = "quarkus.application.name") String application) {
        this.producer = producer;
        this.metrics = metrics;
        this.ackTimeout = config.ackTimeout();
        this.source = config.source().orElse("/petition-suite/" + application.replace("-service", ""));
    }

    /** Sends {@code data} as event {@code type} about petition {@code petitionId}, within the current batch. */
    public void publish(EventType type, String petitionId, Object data, EventMessage<?> message) {
        // The stored event's own id: a re-send after a crash carries the same ce_id, which consumers deduplicate on.
        ProducerRecord<String, byte[]> record = CloudEventRecord.of(type, petitionId, message.getIdentifier(),
                message.getTimestamp(), source, data);
        TraceContext.addTo(record.headers(), message.getMetaData().get(TraceContext.TRACEPARENT));
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

    /** The broker did not take a batch: the processor retries it. */
    public static class PublicationFailedException extends RuntimeException {
        PublicationFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
