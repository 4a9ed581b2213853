package org.petitionsuite.supervision.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.petitionsuite.contract.EventType;

/**
 * An intake or routing event about the petition, as consumed from Kafka; the clocks it starts, stops, extends or pauses
 * follow from it. Sent on the local command bus, never serialized, so it carries the contract record itself.
 *
 * @param sourceId {@code ce_id} of the consumed record: a redelivery changes nothing
 * @param data     the contract record of {@code type}
 */
public record Observe(@TargetAggregateIdentifier String petitionId, String sourceId, EventType type, Object data,
                      Instant at) {
}
