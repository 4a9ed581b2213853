package org.petitionsuite.supervision.consume;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.kit.kafka.ContractConsumer;
import org.petitionsuite.kit.kafka.DeadLetters;
import org.petitionsuite.supervision.api.Observe;

/**
 * supervision reads intake's and routing's topics, each with its own consumer (groups {@code supervision-service.intake}
 * and {@code supervision-service.routing}); unusable records go to {@code petition.supervision.dead-letters}. The two
 * topics are read independently, so the clocks accept a petition's events in either order across them.
 */
public final class PetitionEventConsumers {
    private PetitionEventConsumers() {
    }

    /** Observes one record on the petition's clocks. */
    static String observe(ConsumerRecord<String, byte[]> record, CommandGateway commands, Clock clock) {
        Optional<Observe> observe = Observations.of(record, clock.instant());
        if (observe.isEmpty()) {
            return "ignored";
        }
        try {
            commands.sendAndWait(observe.get());
        } catch (RuntimeException e) {
            if (!(e instanceof AggregateStreamCreationException || e.getCause() instanceof AggregateStreamCreationException)) {
                throw e;
            }
            // The other topic's consumer created the petition's clocks a moment ago: observe on them.
            commands.sendAndWait(observe.get());
        }
        return "observed";
    }

    @Singleton
    public static class Intake extends ContractConsumer {
        private final CommandGateway commands;

        Intake(CommandGateway commands, DeadLetters deadLetters, MeterRegistry metrics,
               @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
               @ConfigProperty(name = "supervision.consumer.group-id") String groupId) {
            super(Topics.INTAKE_EVENTS, Topics.SUPERVISION_DEAD_LETTERS, groupId + ".intake", bootstrapServers,
                    deadLetters, metrics);
            this.commands = commands;
        }

        @Override
        protected String handle(ConsumerRecord<String, byte[]> record) {
            return observe(record, commands, Clock.systemUTC());
        }
    }

    @Singleton
    public static class Routing extends ContractConsumer {
        private final CommandGateway commands;

        Routing(CommandGateway commands, DeadLetters deadLetters, MeterRegistry metrics,
                @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                @ConfigProperty(name = "supervision.consumer.group-id") String groupId) {
            super(Topics.ROUTING_EVENTS, Topics.SUPERVISION_DEAD_LETTERS, groupId + ".routing", bootstrapServers,
                    deadLetters, metrics);
            this.commands = commands;
        }

        @Override
        protected String handle(ConsumerRecord<String, byte[]> record) {
            return observe(record, commands, Clock.systemUTC());
        }
    }
}
