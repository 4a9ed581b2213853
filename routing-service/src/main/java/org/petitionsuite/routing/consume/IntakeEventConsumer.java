package org.petitionsuite.routing.consume;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.kit.kafka.ContractConsumer;
import org.petitionsuite.kit.kafka.DeadLetters;
import org.petitionsuite.kit.kafka.KafkaClients;
import org.petitionsuite.kit.kafka.PoisonRecordException;
import org.petitionsuite.routing.api.ClassificationOutcome;
import org.petitionsuite.routing.api.ClassifyPetition;
import org.petitionsuite.routing.api.EraseMatter;

/**
 * Classifies every registration on {@code petition.intake.events} (consumer group {@code routing-service}) and notes
 * acceptances (for Art 19 ¶3) and re-review opinions (for Art 36 ¶3). A redelivered registration finds its petition classified; an unusable record goes to
 * {@code petition.routing.dead-letters}.
 */
@Singleton
public class IntakeEventConsumer extends ContractConsumer {
    private final CommandGateway commands;
    private final Clock clock = Clock.systemUTC();

    IntakeEventConsumer(CommandGateway commands, DeadLetters deadLetters, MeterRegistry metrics,
                        KafkaClients clients,
                        @ConfigProperty(name = "routing.consumer.group-id", defaultValue = "routing-service") String groupId) {
        super(Topics.INTAKE_EVENTS, Topics.ROUTING_DEAD_LETTERS, groupId, clients, deadLetters, metrics);
        this.commands = commands;
    }


    @Override
    protected String handle(ConsumerRecord<String, byte[]> record) {
        Optional<Object> command = IntakeRecords.toCommand(record, clock.instant());
        if (command.isEmpty()) {
            return "ignored";
        }
        if (command.get() instanceof ClassifyPetition classify) {
            return classify(classify) == ClassificationOutcome.CLASSIFIED ? "classified" : "duplicate";
        }
        try {
            commands.sendAndWait(command.get());
        } catch (AggregateNotFoundException e) {
            if (command.get() instanceof EraseMatter) {
                return "nothing kept"; // never classified (its registration was refused): routing holds nothing of it
            }
            throw new PoisonRecordException("routing never classified petition " + record.key(), e);
        }
        return "noted";
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
}
