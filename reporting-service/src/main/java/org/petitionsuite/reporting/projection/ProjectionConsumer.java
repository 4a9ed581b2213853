package org.petitionsuite.reporting.projection;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.kit.kafka.KafkaClients;
import org.petitionsuite.kit.tracing.TraceContext;

/**
 * Feeds the projection from intake's, routing's and supervision's topics (one consumer group). The positions that
 * count are the ones {@link ProjectionStore} keeps with the facts: on every assignment, and after a rebuild by any
 * instance, the consumer seeks to them. Kafka's own committed offsets are written too, after the database commit,
 * only so that the usual lag tools show how far behind the projection is.
 */
@Singleton
public class ProjectionConsumer {
    public static final List<String> TOPICS = List.of(Topics.INTAKE_EVENTS, Topics.ROUTING_EVENTS, Topics.SUPERVISION_EVENTS);
    private static final Logger LOG = Logger.getLogger(ProjectionConsumer.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(3);

    private final ProjectionStore store;
    private final MeterRegistry metrics;
    private final KafkaClients clients;
    private final Tracer tracer;
    private final String groupId;
    /** Grows with every batch that changed a figure; the live stream sends when it moves. */
    private final AtomicLong version = new AtomicLong();
    private volatile boolean running;
    private volatile boolean rebuildRequested;
    private volatile Rebuild rebuild = new Rebuild("LIVE", null, null, 0, 0);
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;
    private long generation;
    private long lastIdleCheck = System.nanoTime();

    ProjectionConsumer(ProjectionStore store, MeterRegistry metrics, Tracer tracer,
                       KafkaClients clients,
                       @ConfigProperty(name = "reporting.consumer.group-id") String groupId) {
        this.store = store;
        this.metrics = metrics;
        this.clients = clients;
        this.tracer = tracer;
        this.groupId = groupId;
    }

    /** A rebuild's state for the admin endpoint: REBUILDING with its progress (records read / to read), then LIVE. */
    public record Rebuild(String state, Instant startedAt, Instant finishedAt, long read, long toRead) {
        public double progress() {
            return toRead == 0 ? 1.0 : Math.min(1.0, (double) read / toRead);
        }
    }

    public long version() {
        return version.get();
    }

    public Rebuild rebuild() {
        return rebuild;
    }

    /**
     * Empties the projection and reads every topic again from offset zero; answers at once. The consumer's loop takes
     * it up within one poll (500 ms). No wakeup: a wakeup lands on the next blocking call, which may be the rebuild's own.
     */
    public synchronized Rebuild requestRebuild() {
        rebuildRequested = true;
        rebuild = new Rebuild("REBUILDING", Instant.now(), null, 0, 0);
        return rebuild;
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, groupId + "-projection");
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    private void run() {
        KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(properties());
        consumer = c;
        // Consumer lag (kafka_consumer_fetch_manager_records_lag_max per client) and the client's other metrics.
        KafkaClientMetrics clientMetrics = new KafkaClientMetrics(c);
        clientMetrics.bindTo(metrics);
        try {
            adoptTopicIds();
            c.subscribe(TOPICS, new SeekToStoredPositions(c));
            boolean seekBeforePoll = false;
            while (running) {
                try {
                    if (seekBeforePoll) {
                        seekToStored(c, c.assignment());
                        seekBeforePoll = false;
                    }
                    if (rebuildRequested) {
                        startRebuild(c);
                    }
                    ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(500));
                    if (!records.isEmpty()) {
                        applyBatch(c, records);
                    } else if (idleSince(Duration.ofSeconds(2)) && store.generation() != generation) {
                        // Another instance reset the projection while no record came here: read these partitions again.
                        followReset(c, "idle");
                    }
                    trackRebuild(c);
                } catch (WakeupException e) {
                    // the service stops: the loop ends
                } catch (ProjectionStore.GenerationChanged e) {
                    // Another instance reset the projection after this batch was read: the batch was not applied.
                    followReset(c, "batch");
                } catch (RuntimeException e) {
                    LOG.warnf("projection batch failed, will retry from the stored positions: %s", e.getMessage());
                    metrics.counter("reporting.projection.retries").increment();
                    // Reading the stored positions needs the database too, which may be what failed: the seek is the
                    // next iteration's first step, under this same catch, so an outage only makes the loop wait.
                    seekBeforePoll = true;
                    pause();
                }
            }
        } finally {
            c.close(CLOSE_TIMEOUT);
            clientMetrics.close();
        }
    }

    /** Waits for the broker to name the topics' ids; a recreated topic empties the projection (see the store). */
    private void adoptTopicIds() {
        Properties p = clients.properties(groupId + "-topic-ids");
        try (Admin admin = Admin.create(p)) {
            while (running) {
                try {
                    Map<String, String> ids = new HashMap<>();
                    admin.describeTopics(TOPICS).allTopicNames().get(10, TimeUnit.SECONDS)
                            .forEach((name, d) -> ids.put(name, d.topicId().toString()));
                    if (store.adoptTopicIds(ids)) {
                        LOG.warn("a topic was created again since the projection was built: it is rebuilt from offset zero");
                    }
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ExecutionException | TimeoutException | RuntimeException e) {
                    LOG.warnf("cannot read the topics' ids yet (%s); trying again", e.getMessage());
                    pause();
                }
            }
        }
    }

    /** True at most once per {@code every} while no records come: how often an idle consumer checks the generation. */
    private boolean idleSince(Duration every) {
        long now = System.nanoTime();
        if (now - lastIdleCheck < every.toNanos()) {
            return false;
        }
        lastIdleCheck = now;
        return true;
    }

    private void applyBatch(KafkaConsumer<String, byte[]> c, ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        // One span for the batch, linked to the trace of every record in it (a batch has many parents).
        SpanBuilder spanBuilder = tracer.spanBuilder("projection apply").setSpanKind(SpanKind.CONSUMER)
                .setNoParent().setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.batch.message_count", batch.size());
        for (ConsumerRecord<String, byte[]> r : batch) {
            SpanContext origin = Span.fromContext(TraceContext.of(r.headers())).getSpanContext();
            if (origin.isValid()) {
                spanBuilder.addLink(origin);
            }
        }
        Span span = spanBuilder.startSpan();
        ProjectionStore.Outcome outcome;
        try {
            outcome = store.apply(batch, generation);
        } finally {
            span.end();
        }
        metrics.counter("reporting.projection.records", "outcome", "applied").increment(outcome.applied());
        metrics.counter("reporting.projection.records", "outcome", "skipped").increment(outcome.skipped());
        metrics.counter("reporting.projection.records", "outcome", "rejected").increment(outcome.rejected());
        if (outcome.applied() > 0) {
            version.incrementAndGet();
        }
        c.commitAsync(); // informational: the database holds the positions that count
    }

    private void startRebuild(KafkaConsumer<String, byte[]> c) {
        rebuildRequested = false;
        store.reset();
        Set<TopicPartition> assigned = c.assignment();
        generation = store.positions(assigned).generation();
        c.seekToBeginning(assigned);
        long toRead = c.endOffsets(assigned).values().stream().mapToLong(Long::longValue).sum();
        rebuild = new Rebuild("REBUILDING", rebuild.startedAt(), null, 0, toRead);
        version.incrementAndGet();
        LOG.infof("projection rebuild started: %d records to read again", toRead);
    }

    private void trackRebuild(KafkaConsumer<String, byte[]> c) {
        Rebuild r = rebuild;
        if (!"REBUILDING".equals(r.state()) || rebuildRequested) {
            return;
        }
        long read = c.assignment().stream().mapToLong(c::position).sum();
        rebuild = read >= r.toRead()
                ? new Rebuild("LIVE", r.startedAt(), Instant.now(), read, r.toRead())
                : new Rebuild("REBUILDING", r.startedAt(), null, read, r.toRead());
    }

    private void followReset(KafkaConsumer<String, byte[]> c, String noticedWhile) {
        metrics.counter("reporting.projection.resets.followed", "while", noticedWhile).increment();
        seekToStored(c, c.assignment());
    }

    private void seekToStored(KafkaConsumer<String, byte[]> c, Collection<TopicPartition> partitions) {
        ProjectionStore.Positions positions = store.positions(partitions);
        generation = positions.generation();
        for (TopicPartition p : partitions) {
            Long next = positions.next().get(p);
            if (next == null) {
                c.seekToBeginning(List.of(p));
            } else {
                c.seek(p, next);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** On every assignment: the positions stored with the facts, not Kafka's committed offsets. */
    private final class SeekToStoredPositions implements ConsumerRebalanceListener {
        private final KafkaConsumer<String, byte[]> c;

        SeekToStoredPositions(KafkaConsumer<String, byte[]> c) {
            this.c = c;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            seekToStored(c, partitions);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // nothing to flush: every applied batch is committed in the database already
        }
    }

    private Properties properties() {
        return clients.consumerProperties(groupId + "-projection", groupId, 500);
    }
}
