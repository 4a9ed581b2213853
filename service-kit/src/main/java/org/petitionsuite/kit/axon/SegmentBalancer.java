package org.petitionsuite.kit.axon;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.petitionsuite.kit.kafka.ContractConsumer;
import org.petitionsuite.kit.kafka.KafkaClients;

/**
 * Spreads the segments of the service's streaming processors (the publisher's: read models have one) over its
 * running instances. Axon without Axon Server does
 * not: an instance claims every unclaimed segment it has threads for, so the first instance up holds them all. Every
 * few seconds each instance counts the service's instances (the members of its Kafka consumer group, one per
 * instance) and, holding more than its share ({@code ceil(segments / instances)}) of a processor's segments, releases
 * one for {@code petition.axon.release-for}; an instance below its share claims it within its 2 s claim interval. A
 * killed instance's segments are claimed by the others once its claims time out (the token store's 10 s). Until the
 * group notices a killed member (its 10 s session timeout) a survivor may release a segment nobody takes; it takes it
 * back after the 10 s release: publishing pauses, nothing is lost.
 */
@Singleton
public class SegmentBalancer {
    private static final Logger LOG = Logger.getLogger(SegmentBalancer.class);

    private final AxonApplication axon;
    private final Instance<ContractConsumer> consumers;
    private final KafkaClients clients;
    private final int segments;
    private final long releaseForSeconds;
    private Admin admin;

    SegmentBalancer(AxonApplication axon, Instance<ContractConsumer> consumers, KafkaClients clients,
                    @ConfigProperty(name = "petition.axon.segments", defaultValue = "4") int segments,
                    @ConfigProperty(name = "petition.axon.release-for", defaultValue = "10s") Duration releaseFor) {
        this.axon = axon;
        this.consumers = consumers;
        this.clients = clients;
        this.segments = segments;
        this.releaseForSeconds = releaseFor.toSeconds();
    }

    @Scheduled(every = "${petition.axon.balance-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = UntilAxonStarted.class)
    void balance() {
        int instances = instances();
        if (instances <= 1) {
            return;
        }
        int share = (segments + instances - 1) / instances;
        axon.configuration().eventProcessingConfiguration().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<Integer, EventTrackerStatus> held = streaming.processingStatus();
                if (held.size() > share) {
                    int segment = held.keySet().stream().max(Integer::compare).orElseThrow();
                    LOG.infof("%s: holding %d of %d segments with %d instances running; releasing segment %d",
                            name, held.size(), segments, instances, segment);
                    streaming.releaseSegment(segment, releaseForSeconds, TimeUnit.SECONDS);
                }
            }
        });
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }

    /** Members of the service's consumer group; 1 when it cannot tell (then nothing is released). */
    int instances() {
        if (consumers.isUnsatisfied()) {
            return 1;
        }
        String group = consumers.iterator().next().groupId();
        try {
            if (admin == null) {
                admin = Admin.create(clients.properties(group + "-balancer"));
            }
            return Math.max(1, admin.describeConsumerGroups(List.of(group)).all().get(5, TimeUnit.SECONDS)
                    .get(group).members().size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (Exception e) {
            LOG.debugf("cannot count the instances of group %s: %s", group, e.getMessage());
            return 1;
        }
    }
}
