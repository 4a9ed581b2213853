package org.petitionsuite.routing.consume;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.routing.api.ClassificationOutcome;
import org.petitionsuite.routing.api.ClassifyPetition;

/**
 * Consumes {@code petition.intake.events} as consumer group {@code routing-service}, at least once: offsets are
 * committed only after a record's decision is stored (or the record is dead-lettered), and a redelivered registration
 * finds its petition already classified. A record that can never be processed goes to the dead-letter topic and the
 * consumer goes on; a failure that may pass (database away) makes it retry the same record with back-off.
 */
@Singleton
public class IntakeEventConsumer {
    private static final Logger LOG = Logger.getLogger(IntakeEventConsumer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final CommandGateway commands;
    private final DeadLetters deadLetters;
    private final MeterRegistry metrics;
    private final String bootstrapServers;
    private final String groupId;
    private final Clock clock = Clock.systemUTC();
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    IntakeEventConsumer(CommandGateway commands, DeadLetters deadLetters, MeterRegistry metrics,
                        @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                        @ConfigProperty(name = "routing.consumer.group-id", defaultValue = "routing-service") String groupId) {
        this.commands = commands;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.bootstrapServers = bootstrapServers;
        this.groupId = groupId;
    }

    // After Axon has started (AxonApplication starts at APPLICATION): the consumer sends commands at once.
    void start(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "intake-events-consumer");
        thread.start();
    }

    // Before Axon stops (LIBRARY_AFTER): drain first.
    void stop(@Observes @Priority(Interceptor.Priority.APPLICATION) ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(15).toMillis());
        }
    }

    private void run() {
        Duration backoff = Duration.ofSeconds(1);
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(properties())) {
            consumer = c;
            c.subscribe(List.of(Topics.INTAKE_EVENTS));
            while (running) {
                ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(500));
                boolean failed = processBatch(c, records);
                backoff = failed ? sleep(backoff) : Duration.ofSeconds(1);
            }
        } catch (WakeupException e) {
            // shutting down
        } catch (RuntimeException e) {
            LOG.error("intake event consumer stopped", e);
        }
    }

    /** Processes partition by partition; on a passing failure seeks back to the failed record. True if one failed. */
    private boolean processBatch(KafkaConsumer<String, byte[]> c, ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean failed = false;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                try {
                    process(record);
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                } catch (RuntimeException e) {
                    LOG.warnf("record %s-%d@%d failed, will retry: %s", partition.topic(), partition.partition(),
                            record.offset(), e.getMessage());
                    metrics.counter("routing.consumer.retries").increment();
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

    private void process(ConsumerRecord<String, byte[]> record) {
        Optional<ClassifyPetition> command;
        try {
            command = RegistrationRecords.toCommand(record, clock.instant());
        } catch (PoisonRecordException poison) {
            deadLetter(record, poison.getMessage());
            return;
        }
        if (command.isEmpty()) {
            count("ignored");
            return;
        }
        count(classify(command.get()) == ClassificationOutcome.CLASSIFIED ? "classified" : "duplicate");
    }

    private ClassificationOutcome classify(ClassifyPetition command) {
        try {
            return commands.sendAndWait(command);
        } catch (RuntimeException e) {
            if (!(e instanceof AggregateStreamCreationException || e.getCause() instanceof AggregateStreamCreationException)) {
                throw e;
            }
            // Another replica classified it a moment ago (after a rebalance): this one finds the decision made.
            return commands.sendAndWait(command);
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
        try {
            deadLetters.send(record, reason);
        } catch (Exception e) {
            throw new IllegalStateException("could not dead-letter the record: " + e.getMessage(), e);
        }
        LOG.warnf("record %s-%d@%d dead-lettered: %s", record.topic(), record.partition(), record.offset(), reason);
        count("dead_lettered");
    }

    private void count(String outcome) {
        metrics.counter("routing.consumer.records", "outcome", outcome).increment();
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
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-intake-events");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }
}
