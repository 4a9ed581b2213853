package org.petitionsuite.reporting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.petitionsuite.reporting.projection.ProjectionConsumer;
import org.petitionsuite.reporting.projection.ProjectionStore;

/**
 * A topic created again (a new broker, a restore) starts its offsets again: the stored positions no longer mean
 * anything, so the projection is emptied and rebuilt instead of skipping the new topic's first records.
 */
@QuarkusTest
class TopicIncarnationTest {
    @Inject
    ProjectionStore store;
    @Inject
    AgroalDataSource dataSource;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aRecreatedTopicEmptiesTheProjectionWhichThenRebuilds() throws Exception {
        Map<String, String> real = topicIds();
        await().atMost(Duration.ofSeconds(60)).until(() -> count("petition_fact") > 0);
        assertThat(store.adoptTopicIds(real)).as("the same topics").isFalse();

        Map<String, String> recreated = new HashMap<>(real);
        recreated.put(ProjectionConsumer.TOPICS.get(0), UUID.randomUUID().toString());
        assertThat(store.adoptTopicIds(recreated)).as("one topic has a new id").isTrue();
        assertThat(count("reporting_offset")).isZero();

        // Back to the broker's real ids (as at the next start): emptied once more, and the running consumer refills it.
        assertThat(store.adoptTopicIds(real)).isTrue();
        await().atMost(Duration.ofSeconds(60)).until(() -> count("petition_fact") > 0);
    }

    private Map<String, String> topicIds() throws Exception {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(config)) {
            Map<String, String> ids = new HashMap<>();
            admin.describeTopics(ProjectionConsumer.TOPICS).allTopicNames().get()
                    .forEach((name, d) -> ids.put(name, d.topicId().toString()));
            return ids;
        }
    }

    private long count(String table) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
