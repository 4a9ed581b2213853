package org.petitionsuite.intake.consume;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.contract.routing.PetitionClassifiedV1;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.contract.routing.RoutingObjectedV1;
import org.petitionsuite.intake.api.NoteClassification;
import org.petitionsuite.intake.api.NoteObjection;
import org.petitionsuite.intake.api.NoteRoute;
import org.petitionsuite.kit.kafka.ContractConsumer;
import org.petitionsuite.kit.kafka.DeadLetters;
import org.petitionsuite.kit.kafka.KafkaClients;
import org.petitionsuite.kit.kafka.PoisonRecordException;
import org.petitionsuite.kit.rest.TransitionRefused;

/**
 * Notes routing's classifications and routes on the petitions ({@code petition.routing.events}, consumer group
 * {@code intake-service}), so that the petition API shows kind and legal channel. Unusable records, and decisions about
 * petitions intake never registered, go to {@code petition.intake.dead-letters}.
 */
@Singleton
public class RoutingEventConsumer extends ContractConsumer {
    private final CommandGateway commands;

    RoutingEventConsumer(CommandGateway commands, DeadLetters deadLetters, MeterRegistry metrics,
                         KafkaClients clients,
                         @ConfigProperty(name = "intake.consumer.group-id", defaultValue = "intake-service") String groupId) {
        super(Topics.ROUTING_EVENTS, Topics.INTAKE_DEAD_LETTERS, groupId, clients, deadLetters, metrics);
        this.commands = commands;
    }

    @Override
    protected String handle(ConsumerRecord<String, byte[]> record) {
        Envelope envelope = envelope(record);
        String type = envelope.type();
        String id = envelope.id();
        Object command;
        if (EventType.PETITION_CLASSIFIED_V1.wireName().equals(type)) {
            PetitionClassifiedV1 decision = data(record, PetitionClassifiedV1.class, type);
            if (decision.petitionId() == null || decision.channel() == null || decision.kind() == null) {
                throw new PoisonRecordException("petitionId, kind or channel missing");
            }
            command = new NoteClassification(decision.petitionId(), decision.kind(), decision.channel(),
                    decision.article(), decision.catalogVersion(), decision.ruleId(), decision.classifiedAt(), id);
        } else if (EventType.PETITION_ROUTED_V1.wireName().equals(type)) {
            PetitionRoutedV1 route = data(record, PetitionRoutedV1.class, type);
            if (route.petitionId() == null || route.mode() == null) {
                throw new PoisonRecordException("petitionId or mode missing");
            }
            command = new NoteRoute(route.petitionId(), route.organCode(), route.organName(), route.mode(),
                    route.reportWithinDays(), route.routedAt(), id, route.accusedOrgansOrNone(), route.noticeDue(),
                    route.flags() == null ? List.of() : route.flags(), route.reviewOrgans(), route.reReviewOrgans());
        } else if (EventType.ROUTING_OBJECTED_V1.wireName().equals(type)) {
            RoutingObjectedV1 objection = data(record, RoutingObjectedV1.class, type);
            if (objection.petitionId() == null || objection.organCode() == null || objection.objectedAt() == null) {
                throw new PoisonRecordException("petitionId, organCode or objectedAt missing");
            }
            command = new NoteObjection(objection.petitionId(), objection.organCode(), objection.reasons(),
                    objection.receivedOn(), objection.lastDay(), objection.objectedAt(), id);
        } else {
            return "ignored";
        }
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new PoisonRecordException("no petition " + record.key() + " was registered here", e);
        } catch (TransitionRefused e) {
            // A route after acceptance (routing refuses it too): kept on the dead-letter topic for an operator to see.
            throw new PoisonRecordException(e.rule() + ": " + e.getMessage(), e);
        }
        return "noted";
    }
}
