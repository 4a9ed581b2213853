package org.petitionsuite.kit.axon;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.petitionsuite.kit.tracing.TraceContext;
import org.petitionsuite.kit.kafka.PublisherBacklog;

/**
 * A service's Axon application: the service says what it holds ({@link #configure()}, starting from
 * {@link EventStorage#configurer}); this class starts it with Quarkus, stops it on shutdown and offers what operators
 * need. Exactly one bean per service extends it; {@link AxonProducers} makes its gateway and event store injectable.
 */
public abstract class AxonApplication implements PublisherBacklog {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    jakarta.transaction.TransactionManager jta;
    @Inject
    MeterRegistry metrics;
    /**
     * Segments of the publisher's processor: at most this many instances share publishing (deploy/k8s: HPA max 4).
     * Read models keep one segment, so that their rows are written in the order the events were stored.
     */
    @Inject
    @ConfigProperty(name = "petition.axon.segments", defaultValue = "4")
    int segments;
    private volatile Configuration configuration;

    /** Axon on the service's own database, to which {@link #configure()} adds the service's parts. */
    protected Configurer eventStorage() {
        Configurer configurer = EventStorage.configurer(dataSource, jta, storageModules());
        configurer.eventProcessing()
                .registerPooledStreamingEventProcessor(publisherProcessingGroup(), Configuration::eventStore,
                        EventStorage.publishing(segments, 200))
                .registerTrackingEventProcessorConfiguration(readModelProcessingGroup(), c -> EventStorage.readModel(100));
        DeadLetters.register(configurer.eventProcessing(), readModelProcessingGroup(), dataSource);
        return configurer;
    }

    /** Jackson modules for how the service's events are stored (none by default). */
    protected com.fasterxml.jackson.databind.Module[] storageModules() {
        return new com.fasterxml.jackson.databind.Module[0];
    }

    /** Aggregates, handlers and processors of the service, starting from {@link #eventStorage()}. */
    protected abstract Configurer configure();

    /** The processing group that publishes to Kafka. */
    protected abstract String publisherProcessingGroup();

    /** The processing group that builds the service's read model (rebuilt by the admin endpoint). */
    public abstract String readModelProcessingGroup();

    // Before the service's own start-up observers (default priority APPLICATION + 500), which may send commands.
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        Configuration built = configure().buildConfiguration();
        built.commandBus().registerDispatchInterceptor(TraceContext.onCommands());
        built.start();
        configuration = built;
        // Processor lag: stored events each streaming processor (publisher, read model, ...) has not handled yet.
        for (String processor : built.eventProcessingConfiguration().eventProcessors().keySet()) {
            Gauge.builder("axon.processor.backlog", () -> backlog(processor).orElse(-1))
                    .description("Stored events the processor has not handled yet (-1: no position yet)")
                    .tag("processor", processor).register(metrics);
        }
        Gauge.builder("axon.processor.dead_letters", () -> deadLetterCount())
                .description("Events the read model set aside because it could not apply them (kit.axon.DeadLetters)")
                .tag("processor", readModelProcessingGroup()).register(metrics);
    }

    // After the service's own shutdown observers, which may still send commands while they drain.
    void stop(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) ShutdownEvent event) {
        if (configuration != null) {
            configuration.shutdown();
        }
    }

    /** False until Quarkus's start-up has started Axon (schedulers may tick before that). */
    public boolean started() {
        return configuration != null;
    }

    public Configuration configuration() {
        Configuration c = configuration;
        if (c == null) {
            throw new IllegalStateException("Axon is not started yet");
        }
        return c;
    }

    /** How many stored events the named processor has not handled yet, when it has a position. */
    public OptionalLong backlog(String processingGroup) {
        return EventStorage.backlog(configuration(), processingGroup);
    }

    @Override
    public OptionalLong eventsNotYetPublished() {
        return backlog(publisherProcessingGroup());
    }

    /** The events the read model set aside, oldest sequence first. */
    public List<DeadLetters.Letter> deadLetters() {
        return DeadLetters.list(configuration(), readModelProcessingGroup());
    }

    /** How many events the read model has set aside (0 before Axon started). */
    public long deadLetterCount() {
        return started() ? DeadLetters.queue(configuration(), readModelProcessingGroup()).size() : 0;
    }

    /**
     * Tries each set-aside sequence once more, in order; one that fails again goes back with one more attempt. The
     * scheduled retry ({@code automaticOnly}) leaves those that used their {@link DeadLetters#AUTOMATIC_ATTEMPTS}.
     *
     * @return how many sequences were applied
     */
    public int retryDeadLetters(boolean automaticOnly) {
        var processor = configuration().eventProcessingConfiguration().sequencedDeadLetterProcessor(readModelProcessingGroup())
                .orElseThrow();
        long sequences = DeadLetters.queue(configuration(), readModelProcessingGroup()).amountOfSequences();
        int applied = 0;
        for (long i = 0; i < sequences; i++) {
            if (processor.process(letter -> !automaticOnly || DeadLetters.attempts(letter) < DeadLetters.AUTOMATIC_ATTEMPTS)) {
                applied++;
            }
        }
        return applied;
    }

    /**
     * Drops the set-aside events of one sequence (a petition): the read model then lacks them until it is rebuilt.
     *
     * @return how many events were dropped
     */
    public int discardDeadLetters(String sequence) {
        var queue = DeadLetters.queue(configuration(), readModelProcessingGroup());
        // Collected first: evicting while the queue pages through the sequence would skip letters.
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetterSequence(sequence).forEach(letters::add);
        letters.forEach(queue::evict);
        return letters.size();
    }

    /** Rebuilds the read model from the event store (see {@link EventStorage#replay}); false while one still runs. */
    public boolean rebuildReadModel() {
        return EventStorage.replay(configuration(), readModelProcessingGroup());
    }
}
