package org.petitionsuite.kit.kafka;

import java.util.OptionalLong;

/** A service that publishes from its event store says here how many events still wait for the broker. */
public interface PublisherBacklog {
    OptionalLong eventsNotYetPublished();
}
