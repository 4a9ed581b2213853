package org.petitionsuite.kit.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
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
import org.petitionsuite.kit.kafka.KafkaClients;
import org.petitionsuite.kit.kafka.PublisherBacklog;

/**
 * Readiness of the broker, answered within a bounded time (Quarkus' own Kafka check waits up to a minute on a dead
 * broker, longer than any probe). A service that publishes also reports how many stored events still wait for Kafka:
 * while the broker is away, what was already accepted is safe in the event store and leaves once it is back.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Admin admin;
    private final Instance<PublisherBacklog> backlog;

    KafkaReadinessCheck(KafkaClients clients, @ConfigProperty(name = "quarkus.application.name") String application,
                        Instance<PublisherBacklog> backlog) {
        Properties p = clients.properties(application + "-readiness");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        this.admin = Admin.create(p);
        this.backlog = backlog;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka");
        if (backlog.isResolvable()) {
            try {
                backlog.get().eventsNotYetPublished().ifPresent(n -> response.withData("eventsNotYetPublished", n));
            } catch (RuntimeException e) {
                // The backlog is information for operators; it never decides readiness.
                response.withData("eventsNotYetPublished", "unknown");
            }
        }
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
