package org.petitionsuite.kit.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of {@link OutboxPublisher} ({@code petition.publisher.*}). */
@ConfigMapping(prefix = "petition.publisher")
public interface PublisherConfig {

    /** How long to wait for the broker to acknowledge a batch before the batch is retried. */
    @WithDefault("PT30S")
    Duration ackTimeout();

    /** The CloudEvents {@code source}; {@code /petition-suite/<application name>} when absent. */
    Optional<String> source();
}
