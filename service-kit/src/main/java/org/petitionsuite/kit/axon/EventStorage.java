package org.petitionsuite.kit.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.petitionsuite.kit.tracing.TraceContext;

/**
 * Axon Framework on a service's own PostgreSQL database, without Axon Server: a JDBC event store and token store on
 * the tables of {@code db/eventstore/V1__event_store.sql} (add {@code db/eventstore} to the Flyway locations), Jackson
 * instead of XStream, Quarkus' JTA transactions, and tracking processors that stop and retry on a handler failure
 * instead of skipping the event. A service adds its aggregates and handlers to the configurer this returns.
 */
public final class EventStorage {
    private EventStorage() {
    }

    /**
     * @param storageModules Jackson modules for the stored form of a service's events, e.g. intake's sealing of personal
     *                       data (crypto-shredding)
     */
    public static Configurer configurer(DataSource dataSource, jakarta.transaction.TransactionManager jta,
                                        com.fasterxml.jackson.databind.Module... storageModules) {
        Serializer serializer = JacksonSerializer.builder().objectMapper(storageMapper().registerModules(storageModules)).build();
        ConnectionProvider connections = new DataSourceConnectionProvider(dataSource);
        TransactionManager transactions = new JtaTransactionBridge(jta);
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureTransactionManager(c -> transactions)
                // Every message a handler sends carries the trace of the message it handles (TraceContext).
                .configureCorrelationDataProviders(c -> List.of(new MessageOriginProvider(),
                        new SimpleCorrelationDataProvider(TraceContext.TRACEPARENT)))
                .configureEmbeddedEventStore(c -> JdbcEventStorageEngine.builder()
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .persistenceExceptionResolver(EventStorage::isDuplicateKey)
                        .schema(eventSchema())
                        .dataType(byte[].class)
                        .build());
        configurer.eventProcessing()
                .usingTrackingEventProcessors()
                .registerTokenStore(c -> JdbcTokenStore.builder()
                        .connectionProvider(connections)
                        .serializer(serializer)
                        .schema(TokenSchema.builder().setTokenTable("token_entry").setProcessorNameColumn("processor_name")
                                .setSegmentColumn("segment").setTokenColumn("token").setTokenTypeColumn("token_type")
                                .setTimestampColumn("timestamp").setOwnerColumn("owner").build())
                        .contentType(byte[].class)
                        .build())
                // A handler failure must stop the processor and retry, never skip the event: for a publisher a skipped
                // event would be an event that never reaches Kafka, for a projection a row that is never written.
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
        return configurer;
    }

    /**
     * The publisher's processor: a pooled streaming processor of {@code segments} segments, so that one instance alone
     * can process them all ({@link SegmentBalancer} spreads them over instances). Events are split by aggregate: one
     * petition's events stay in order. It reads the event stream once and writes a segment's token only when that
     * segment handled events (or every 5 s to keep its claim): a tracking processor with one thread per segment read
     * the stream once per segment and wrote every segment's token after every batch, four token updates per event at
     * a trickle (bench/README.md, "Tuning"). Segments are created with a new token store only: an existing processor
     * keeps the segments it has (split them with Axon's {@code splitSegment}).
     */
    public static EventProcessingConfigurer.PooledStreamingProcessorConfiguration publishing(int segments, int batchSize) {
        return (configuration, builder) -> builder
                .initialSegmentCount(segments)
                .maxClaimedSegments(segments)
                .batchSize(batchSize)
                // Unclaimed segments (released by the balancer, or left by a killed instance) are taken within 2 s.
                .tokenClaimInterval(TimeUnit.SECONDS.toMillis(2));
    }

    /**
     * A read model's processor: one segment, so that its rows are written in the order the events were stored, and
     * batches of up to {@code batchSize} events in one transaction when it is behind.
     */
    public static TrackingEventProcessorConfiguration readModel(int batchSize) {
        return TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize);
    }

    /**
     * How many stored events the named processor has not handled yet, over the segments this instance holds
     * (the furthest behind counts), once it has a position.
     */
    public static OptionalLong backlog(Configuration configuration, String processingGroup) {
        return configuration.eventProcessingConfiguration().eventProcessor(processingGroup, StreamingEventProcessor.class)
                .flatMap(p -> p.processingStatus().values().stream()
                        .min(Comparator.comparingLong(s -> s.getCurrentPosition().orElse(Long.MAX_VALUE))))
                .map(status -> {
                    TrackingToken headToken = configuration.eventStore().createHeadToken();
                    if (headToken == null) {
                        return OptionalLong.of(0); // an empty event store: nothing to handle
                    }
                    OptionalLong position = status.getCurrentPosition();
                    OptionalLong head = headToken.position();
                    return position.isPresent() && head.isPresent()
                            ? OptionalLong.of(Math.max(0, head.getAsLong() - position.getAsLong())) : OptionalLong.empty();
                })
                .orElse(OptionalLong.empty());
    }

    /**
     * Rebuilds a read model: stops its processor, resets its token (its @ResetHandler empties the tables) and starts it
     * again; it then replays every event. With several replicas, the others must not hold a claim on its segments.
     * One at a time, and false while a replay is still running. Returns once the restarted processor holds its
     * segment again, so that the next call sees the replay: 75 rebuilds in a row from the fuzz test reset a token that
     * was itself an unclaimed replay token, and the read model never moved again.
     */
    public static synchronized boolean replay(Configuration configuration, String processingGroup) {
        StreamingEventProcessor processor = configuration.eventProcessingConfiguration()
                .eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("no streaming processor " + processingGroup));
        if (processor.isReplaying()) {
            return false;
        }
        processor.shutdownAsync().join();
        processor.resetTokens();
        processor.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (processor.processingStatus().isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return true;
    }

    private static EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /** PostgreSQL reports a unique violation as SQLState 23505; Axon needs to know it to signal a concurrent append. */
    static boolean isDuplicateKey(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The stored format is ours, independent of the REST mapper's settings. A new mapper on each call. */
    public static ObjectMapper storageMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
