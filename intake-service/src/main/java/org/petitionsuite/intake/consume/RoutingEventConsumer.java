package org.petitionsuite.intake.consume;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.petitionsuite.contract.CloudEventHeaders;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.contract.routing.PetitionClassifiedV1;
import org.petitionsuite.intake.api.NoteClassification;
import org.petitionsuite.kit.kafka.ContractConsumer;
import org.petitionsuite.kit.kafka.DeadLetters;
import org.petitionsuite.kit.kafka.PoisonRecordException;

/**
 * Notes routing's classifications on the petitions ({@code petition.routing.events}, consumer group
 * {@code intake-service}), so that the petition API shows kind and legal channel. Unusable records, and decisions about
 * petitions intake never registered, go to {@code petition.intake.dead-letters}.
 */
@Singleton
public class RoutingEventConsumer extends ContractConsumer {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final CommandGateway commands;

    RoutingEventConsumer(CommandGateway commands, DeadLetters deadLetters, MeterRegistry metrics,
                         @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                         @ConfigProperty(name = "intake.consumer.group-id", defaultValue = "intake-service") String groupId) {
        super(Topics.ROUTING_EVENTS, Topics.INTAKE_DEAD_LETTERS, groupId, bootstrapServers, deadLetters, metrics);
        this.commands = commands;
    }


    @Override
    protected String handle(ConsumerRecord<String, byte[]> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        String id = header(record, CloudEventHeaders.ID);
        if (type == null || id == null) {
            throw new PoisonRecordException("no ce_type or ce_id header: not a CloudEvent of the contract");
        }
        if (!EventType.PETITION_CLASSIFIED_V1.wireName().equals(type)) {
            return "ignored";
        }
        PetitionClassifiedV1 decision;
        try {
            decision = JSON.readValue(record.value(), PetitionClassifiedV1.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new PoisonRecordException("value is not a petition.classified.v1: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (decision.petitionId() == null || decision.channel() == null || decision.kind() == null) {
            throw new PoisonRecordException("petitionId, kind or channel missing");
        }
        try {
            commands.sendAndWait(new NoteClassification(decision.petitionId(), decision.kind(), decision.channel(),
                    decision.article(), decision.catalogVersion(), decision.ruleId(), decision.classifiedAt(), id));
        } catch (AggregateNotFoundException e) {
            throw new PoisonRecordException("no petition " + decision.petitionId() + " was registered here", e);
        }
        return "noted";
    }
}
