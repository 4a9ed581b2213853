package org.petitionsuite.intake.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.petitionsuite.intake.axon.AxonRuntime;
import org.petitionsuite.intake.publish.KafkaEventPublisher;

/**
 * Readiness of the broker, answered within a bounded time (Quarkus' own Kafka check waits up to a minute on a dead
 * broker, longer than any probe). Also reports how many stored events still wait for Kafka: while the broker is away,
 * registrations already accepted are safe in the event store and leave once it is back.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Admin admin;
    private final AxonRuntime axon;

    KafkaReadinessCheck(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, AxonRuntime axon) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "intake-readiness");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        this.admin = Admin.create(p);
        this.axon = axon;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka");
        axon.backlog(KafkaEventPublisher.PROCESSING_GROUP).ifPresent(n -> response.withData("eventsNotYetPublished", n));
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes().get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            return response.up().withData("brokers", nodes).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("error", "interrupted").build();
        } catch (Exception e) {
            return response.down().withData("error", "no broker answered within " + TIMEOUT.toSeconds() + " s").build();
        }
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
