package org.petitionsuite.intake.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.OptionalLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.petitionsuite.intake.command.Petition;
import org.petitionsuite.intake.command.RegistrationPolicy;
import org.petitionsuite.intake.publish.KafkaEventPublisher;
import org.petitionsuite.intake.query.PetitionProjection;

/**
 * Axon Framework inside Quarkus, without Axon Server: the Petition aggregate on a JDBC event store in intake's own
 * PostgreSQL database (tables owned by Flyway, V1), and two tracking processors whose tokens live in the same database:
 * the read-model projection and the Kafka publisher (the event store is the outbox).
 */
@Singleton
public class AxonRuntime {
    private final AgroalDataSource dataSource;
    private final jakarta.transaction.TransactionManager jta;
    private final PetitionProjection projection;
    private final KafkaEventPublisher publisher;
    private final RegistrationPolicy registrationPolicy;
    private volatile Configuration configuration;

    AxonRuntime(AgroalDataSource dataSource, jakarta.transaction.TransactionManager jta, PetitionProjection projection,
                KafkaEventPublisher publisher, RegistrationPolicy registrationPolicy) {
        this.dataSource = dataSource;
        this.jta = jta;
        this.projection = projection;
        this.publisher = publisher;
        this.registrationPolicy = registrationPolicy;
    }

    void start(@Observes StartupEvent event) {
        configuration = configure().buildConfiguration();
        configuration.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (configuration != null) {
            configuration.shutdown();
        }
    }

    @Produces
    @Singleton
    CommandGateway commandGateway() {
        return started().commandGateway();
    }

    @Produces
    @Singleton
    EventStore eventStore() {
        return started().eventStore();
    }

    /** How many stored events the named processor has not handled yet, when it has a position. */
    public OptionalLong backlog(String processingGroup) {
        Configuration c = started();
        return c.eventProcessingConfiguration().eventProcessor(processingGroup, TrackingEventProcessor.class)
                .flatMap(p -> p.processingStatus().values().stream().findFirst())
                .map(status -> {
                    OptionalLong position = status.getCurrentPosition();
                    OptionalLong head = c.eventStore().createHeadToken().position();
                    return position.isPresent() && head.isPresent()
                            ? OptionalLong.of(Math.max(0, head.getAsLong() - position.getAsLong())) : OptionalLong.empty();
                })
                .orElse(OptionalLong.empty());
    }

    /**
     * Rebuilds a read model from the event store: stops its processor, resets its token (its @ResetHandler empties the
     * tables) and starts it again; it then replays every event. With several replicas, the others must not hold a claim
     * on the processor's segments, or the reset is refused.
     */
    public void replay(String processingGroup) {
        TrackingEventProcessor processor = started().eventProcessingConfiguration()
                .eventProcessor(processingGroup, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("no tracking processor " + processingGroup));
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    private Configuration started() {
        Configuration c = configuration;
        if (c == null) {
            throw new IllegalStateException("Axon is not started yet");
        }
        return c;
    }

    private Configurer configure() {
        Serializer serializer = JacksonSerializer.builder().objectMapper(storageMapper()).build();
        ConnectionProvider connections = new DataSourceConnectionProvider(dataSource);
        TransactionManager transactions = new JtaTransactionBridge(jta);

        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureTransactionManager(c -> transactions)
                .registerComponent(RegistrationPolicy.class, c -> registrationPolicy)
                .configureEmbeddedEventStore(c -> JdbcEventStorageEngine.builder()
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .persistenceExceptionResolver(AxonRuntime::isDuplicateKey)
                        .schema(eventSchema())
                        .dataType(byte[].class)
                        .build())
                .configureAggregate(Petition.class);

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
                // A handler failure must stop the processor and retry, never skip the event: for the publisher a
                // skipped event would be an event that never reaches Kafka.
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerEventHandler(c -> projection)
                .registerEventHandler(c -> publisher)
                .registerTrackingEventProcessorConfiguration(KafkaEventPublisher.PROCESSING_GROUP,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(200))
                .registerTrackingEventProcessorConfiguration(PetitionProjection.PROCESSING_GROUP,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(100));
        return configurer;
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
    private static boolean isDuplicateKey(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The stored format is ours, independent of the REST mapper's settings. */
    private static ObjectMapper storageMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
