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
import org.petitionsuite.kit.kafka.KafkaClients;
import org.petitionsuite.supervision.api.Observe;

/**
 * supervision reads intake's and routing's topics, each with its own consumer (groups {@code supervision-service.intake}
 * and {@code supervision-service.routing}); unusable records go to {@code petition.supervision.dead-letters}. The two
 * topics are read independently, so the clocks accept a petition's events in either order across them.
 */
public abstract class PetitionEventConsumer extends ContractConsumer {
    private final CommandGateway commands;
    private final Clock clock;

    PetitionEventConsumer(String topic, String groupSuffix, CommandGateway commands, DeadLetters deadLetters,
                           MeterRegistry metrics, Clock clock, KafkaClients clients, String groupId) {
        super(topic, Topics.SUPERVISION_DEAD_LETTERS, groupId + groupSuffix, clients, deadLetters, metrics);
        this.commands = commands;
        this.clock = clock;
    }

    /** Observes one record on the petition's clocks. */
    @Override
    protected String handle(ConsumerRecord<String, byte[]> record) {
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
    public static class Intake extends PetitionEventConsumer {
        Intake(CommandGateway commands, DeadLetters deadLetters, MeterRegistry metrics, Clock clock,
               KafkaClients clients,
               @ConfigProperty(name = "supervision.consumer.group-id") String groupId) {
            super(Topics.INTAKE_EVENTS, ".intake", commands, deadLetters, metrics, clock, clients, groupId);
        }
    }

    @Singleton
    public static class Routing extends PetitionEventConsumer {
        Routing(CommandGateway commands, DeadLetters deadLetters, MeterRegistry metrics, Clock clock,
                KafkaClients clients,
                @ConfigProperty(name = "supervision.consumer.group-id") String groupId) {
            super(Topics.ROUTING_EVENTS, ".routing", commands, deadLetters, metrics, clock, clients, groupId);
        }
    }
}
