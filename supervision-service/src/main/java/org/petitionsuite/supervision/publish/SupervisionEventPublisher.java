package org.petitionsuite.supervision.publish;

import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.supervision.ActionClosedV1;
import org.petitionsuite.contract.supervision.ActionIssuedV1;
import org.petitionsuite.contract.supervision.ActionRespondedV1;
import org.petitionsuite.contract.supervision.ActionResponseOverdueV1;
import org.petitionsuite.contract.supervision.DeadlineApproachingV1;
import org.petitionsuite.contract.supervision.DeadlineBreachedV1;
import org.petitionsuite.contract.supervision.DeadlineMetV1;
import org.petitionsuite.contract.supervision.DefectRecordedV1;
import org.petitionsuite.kit.kafka.OutboxPublisher;

/**
 * Supervision's decisions onto {@code petition.supervision.events}, from its event store as the outbox: clock events
 * keyed by petition id, action events by action id. Clock starts and stops stay inside (intake and routing publish
 * the facts they follow from).
 */
@Singleton
@ProcessingGroup(SupervisionEventPublisher.PROCESSING_GROUP)
public class SupervisionEventPublisher {
    public static final String PROCESSING_GROUP = "kafka-publisher";

    private final OutboxPublisher outbox;

    SupervisionEventPublisher(OutboxPublisher outbox) {
        this.outbox = outbox;
    }

    @EventHandler
    void on(DeadlineApproachingV1 event, EventMessage<?> message) {
        outbox.publish(EventType.DEADLINE_APPROACHING_V1, event.petitionId(), event, message);
    }

    @EventHandler
    void on(DeadlineBreachedV1 event, EventMessage<?> message) {
        outbox.publish(EventType.DEADLINE_BREACHED_V1, event.petitionId(), event, message);
    }

    @EventHandler
    void on(DeadlineMetV1 event, EventMessage<?> message) {
        outbox.publish(EventType.DEADLINE_MET_V1, event.petitionId(), event, message);
    }

    @EventHandler
    void on(DefectRecordedV1 event, EventMessage<?> message) {
        outbox.publish(EventType.DEFECT_RECORDED_V1, event.petitionId(), event, message);
    }

    @EventHandler
    void on(ActionIssuedV1 event, EventMessage<?> message) {
        outbox.publish(EventType.ACTION_ISSUED_V1, event.actionId(), event, message);
    }

    @EventHandler
    void on(ActionRespondedV1 event, EventMessage<?> message) {
        outbox.publish(EventType.ACTION_RESPONDED_V1, event.actionId(), event, message);
    }

    @EventHandler
    void on(ActionResponseOverdueV1 event, EventMessage<?> message) {
        outbox.publish(EventType.ACTION_RESPONSE_OVERDUE_V1, event.actionId(), event, message);
    }

    @EventHandler
    void on(ActionClosedV1 event, EventMessage<?> message) {
        outbox.publish(EventType.ACTION_CLOSED_V1, event.actionId(), event, message);
    }
}
