package org.petitionsuite.kit.kafka;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.inject.Inject;
import org.petitionsuite.kit.tracing.TraceContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.petitionsuite.contract.CloudEventHeaders;

/**
 * Consumes a contract topic in its own thread, at least once: offsets are committed only after a record was handled
 * (its effect stored) or dead-lettered. A record that can never be handled ({@link PoisonRecordException}) goes to the
 * dead-letter topic and the consumer goes on; any other failure (database away) makes it retry the same record with
 * back-off, so nothing is skipped. Handlers must be idempotent: redelivery is normal.
 *
 * <p>A service subclasses it as a bean and names topic, dead-letter topic and group. It starts after the service's Axon
 * application (which its handler sends commands to) and stops before it.
 */
public abstract class ContractConsumer {
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final ObjectMapper CONTRACT_JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Logger log = Logger.getLogger(getClass());
    private final String topic;
    private final String deadLetterTopic;
    private final String groupId;
    private final KafkaClients clients;
    private final DeadLetters deadLetters;
    private final MeterRegistry metrics;
    /** Per outcome, looked up once: the registry lookup is not for every record. */
    private final Map<String, Counter> outcomes = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;
    @Inject
    Tracer tracer;

    protected ContractConsumer(String topic, String deadLetterTopic, String groupId, KafkaClients clients,
                               DeadLetters deadLetters, MeterRegistry metrics) {
        this.topic = topic;
        this.deadLetterTopic = deadLetterTopic;
        this.groupId = groupId;
        this.clients = clients;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    /** The consumer group: one member per running instance of the service. */
    public String groupId() {
        return groupId;
    }

    /**
     * Handles one record and returns an outcome word for the metrics ({@code <group>_records_total{outcome}}).
     * Throws {@link PoisonRecordException} for a record that can never be handled.
     */
    protected abstract String handle(ConsumerRecord<String, byte[]> record);

    // AxonApplication starts at APPLICATION and stops at LIBRARY_AFTER.
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
        startConsuming();
    }

    void onStop(@Observes @Priority(Interceptor.Priority.APPLICATION) ShutdownEvent event) throws InterruptedException {
        stopConsuming();
    }

    private void startConsuming() {
        running = true;
        thread = new Thread(this::run, groupId + "-consumer");
        thread.start();
    }

    private void stopConsuming() throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(15).toMillis());
        }
    }

    /** The CloudEvents attributes a consumer acts on: which event it is, and its id (to deduplicate on). */
    public record Envelope(String type, String id) {
    }

    /** The envelope of a contract record; a record without {@code ce_type} and {@code ce_id} is poison. */
    public static Envelope envelope(ConsumerRecord<?, ?> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        String id = header(record, CloudEventHeaders.ID);
        if (type == null || id == null) {
            throw new PoisonRecordException("no ce_type or ce_id header: not a CloudEvent of the contract");
        }
        return new Envelope(type, id);
    }

    /**
     * The record's data as {@code type}; unreadable data is poison. Fields added to a v1 schema later are ignored:
     * additive changes do not bump an event's version.
     */
    public static <T> T data(ConsumerRecord<String, byte[]> record, Class<T> type, String wireName) {
        if (record.value() == null) {
            throw new PoisonRecordException(wireName + " without a value");
        }
        try {
            return CONTRACT_JSON.readValue(record.value(), type);
        } catch (IOException e) {
            String message = e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("unreadable");
            throw new PoisonRecordException("value is not a " + wireName + ": " + message, e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private void run() {
        Duration backoff = Duration.ofSeconds(1);
        KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(properties());
        consumer = c;
        // Consumer lag (kafka_consumer_fetch_manager_records_lag_max per client) and the client's other metrics.
        KafkaClientMetrics clientMetrics = new KafkaClientMetrics(c);
        clientMetrics.bindTo(metrics);
        try {
            c.subscribe(List.of(topic));
            while (running) {
                boolean failed;
                try {
                    failed = processBatch(c, c.poll(Duration.ofMillis(500)));
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // The poll or the offset commit failed (broker away, a rebalance took the partitions). Handled
                    // records whose offsets were not committed come again, to this member or another: handlers are
                    // idempotent. The consumer must never stop on it (bench/fault restarts the broker under load).
                    log.warnf("consuming %s failed, will go on: %s", topic, e.getMessage());
                    countRetry();
                    failed = true;
                }
                backoff = failed ? sleep(backoff) : Duration.ofSeconds(1);
            }
        } catch (WakeupException e) {
            // shutting down
        } finally {
            // Bounded: the default (30 s) is spent in full when the group is rebalancing, e.g. right after a restart
            // whose predecessor was killed; every offset handled is committed already, so nothing is lost.
            c.close(CLOSE_TIMEOUT);
            clientMetrics.close();
        }
    }

    /** Partition by partition; on a passing failure seeks back to the failed record. True if one failed. */
    private boolean processBatch(KafkaConsumer<String, byte[]> c, ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean failed = false;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                try {
                    count(process(record));
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                } catch (RuntimeException e) {
                    log.warnf("record %s-%d@%d failed, will retry: %s", partition.topic(), partition.partition(),
                            record.offset(), e.getMessage());
                    countRetry();
                    c.seek(partition, record.offset());
                    failed = true;
                    break;
                }
            }
        }
        if (!done.isEmpty()) {
            c.commitSync(done);
        }
        return failed;
    }

    /** In a consumer span whose parent is the record's trace, so that the commands it sends continue that trace. */
    private String process(ConsumerRecord<String, byte[]> record) {
        Span span = tracer.spanBuilder(topic + " process").setSpanKind(SpanKind.CONSUMER)
                .setParent(TraceContext.of(record.headers()))
                .setAttribute("messaging.system", "kafka").setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.consumer.group.name", groupId).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return handleOrDeadLetter(record);
        } finally {
            span.end();
        }
    }

    private String handleOrDeadLetter(ConsumerRecord<String, byte[]> record) {
        try {
            return handle(record);
        } catch (PoisonRecordException poison) {
            try {
                deadLetters.send(deadLetterTopic, record, poison.getMessage());
            } catch (Exception e) {
                throw new IllegalStateException("could not dead-letter the record: " + e.getMessage(), e);
            }
            log.warnf("record %s-%d@%d dead-lettered: %s", record.topic(), record.partition(), record.offset(), poison.getMessage());
            return "dead_lettered";
        }
    }

    private void countRetry() {
        metrics.counter("consumer." + topic + ".retries").increment();
    }

    private void count(String outcome) {
        outcomes.computeIfAbsent(outcome, o -> metrics.counter("consumer." + topic + ".records", "outcome", o)).increment();
    }

    private Duration sleep(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        Duration next = backoff.multipliedBy(2);
        return next.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : next;
    }

    private Properties properties() {
        return clients.consumerProperties(groupId + "-" + topic, groupId, 200);
    }
}
