package org.petitionsuite.intake.axon;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.OptionalLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.petitionsuite.intake.command.Petition;
import org.petitionsuite.intake.command.RegistrationPolicy;
import org.petitionsuite.intake.publish.KafkaEventPublisher;
import org.petitionsuite.intake.query.PetitionProjection;
import org.petitionsuite.kit.axon.EventStorage;
import org.petitionsuite.kit.kafka.PublisherBacklog;

/**
 * intake's Axon configuration: the Petition aggregate on the JDBC event store of intake's own database
 * ({@link EventStorage}), and two tracking processors whose tokens live in the same database: the read-model
 * projection and the Kafka publisher (the event store is the outbox).
 */
@Singleton
public class AxonRuntime implements PublisherBacklog {
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
        return EventStorage.backlog(started(), processingGroup);
    }

    @Override
    public OptionalLong eventsNotYetPublished() {
        return backlog(KafkaEventPublisher.PROCESSING_GROUP);
    }

    /** Rebuilds a read model from the event store (see {@link EventStorage#replay}). */
    public void replay(String processingGroup) {
        EventStorage.replay(started(), processingGroup);
    }

    private Configuration started() {
        Configuration c = configuration;
        if (c == null) {
            throw new IllegalStateException("Axon is not started yet");
        }
        return c;
    }

    private Configurer configure() {
        Configurer configurer = EventStorage.configurer(dataSource, jta)
                .registerComponent(RegistrationPolicy.class, c -> registrationPolicy)
                .configureAggregate(Petition.class);
        configurer.eventProcessing()
                .registerEventHandler(c -> projection)
                .registerEventHandler(c -> publisher)
                .registerTrackingEventProcessorConfiguration(KafkaEventPublisher.PROCESSING_GROUP,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(200))
                .registerTrackingEventProcessorConfiguration(PetitionProjection.PROCESSING_GROUP,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(100));
        return configurer;
    }
}
