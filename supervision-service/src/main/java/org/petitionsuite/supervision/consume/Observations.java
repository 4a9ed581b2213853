package org.petitionsuite.supervision.consume;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.intake.AgreementRecordedV1;
import org.petitionsuite.contract.intake.EvaluatedV1;
import org.petitionsuite.contract.intake.HandlingExtendedV1;
import org.petitionsuite.contract.intake.HandlingOpinionIssuedV1;
import org.petitionsuite.contract.intake.HearingRecordedV1;
import org.petitionsuite.contract.intake.NotAcceptedAgainV1;
import org.petitionsuite.contract.intake.PetitionAcceptanceDecidedV1;
import org.petitionsuite.contract.intake.PetitionConcludedV1;
import org.petitionsuite.contract.intake.PetitionRegisteredV1;
import org.petitionsuite.contract.intake.ReviewOpinionIssuedV1;
import org.petitionsuite.contract.intake.ReviewRequestedV1;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.contract.routing.RoutingObjectedV1;
import org.petitionsuite.kit.kafka.ContractConsumer;
import org.petitionsuite.kit.kafka.PoisonRecordException;
import org.petitionsuite.supervision.api.Observe;
import org.petitionsuite.supervision.command.CaseClocks;

/** Reads intake's and routing's records into {@link Observe} commands; other event types start or stop no clock. */
final class Observations {
    private static final Map<EventType, Class<?>> DATA = Map.ofEntries(
            Map.entry(EventType.PETITION_REGISTERED_V1, PetitionRegisteredV1.class),
            Map.entry(EventType.PETITION_ROUTED_V1, PetitionRoutedV1.class),
            Map.entry(EventType.ROUTING_OBJECTED_V1, RoutingObjectedV1.class),
            Map.entry(EventType.PETITION_ACCEPTED_V1, PetitionAcceptanceDecidedV1.class),
            Map.entry(EventType.PETITION_DECLINED_V1, PetitionAcceptanceDecidedV1.class),
            Map.entry(EventType.HANDLING_EXTENDED_V1, HandlingExtendedV1.class),
            Map.entry(EventType.HANDLING_OPINION_ISSUED_V1, HandlingOpinionIssuedV1.class),
            Map.entry(EventType.AGREEMENT_RECORDED_V1, AgreementRecordedV1.class),
            Map.entry(EventType.HEARING_RECORDED_V1, HearingRecordedV1.class),
            Map.entry(EventType.REVIEW_REQUESTED_V1, ReviewRequestedV1.class),
            Map.entry(EventType.REVIEW_OPINION_ISSUED_V1, ReviewOpinionIssuedV1.class),
            Map.entry(EventType.EVALUATED_V1, EvaluatedV1.class),
            Map.entry(EventType.PETITION_CONCLUDED_V1, PetitionConcludedV1.class),
            Map.entry(EventType.NOT_ACCEPTED_AGAIN_V1, NotAcceptedAgainV1.class));

    static {
        if (!DATA.keySet().equals(CaseClocks.OBSERVED)) {
            throw new IllegalStateException("every observed event type needs its contract class, and only those");
        }
    }

    private Observations() {
    }

    /** The observation of a record, empty when its type starts or stops no clock; {@link PoisonRecordException} if unusable. */
    static Optional<Observe> of(ConsumerRecord<String, byte[]> record, Instant now) {
        ContractConsumer.Envelope envelope = ContractConsumer.envelope(record);
        Optional<EventType> type = EventType.fromWireName(envelope.type()).filter(DATA::containsKey);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (record.key() == null || envelope.id() == null) {
            throw new PoisonRecordException("record key (petition id) or ce_id missing");
        }
        Object data = ContractConsumer.data(record, DATA.get(type.get()), envelope.type());
        return Optional.of(new Observe(record.key(), envelope.id(), type.get(), data, now));
    }
}
