package org.petitionsuite.intake.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.testkit.LocalSuite;
import org.petitionsuite.testkit.TopicProbe;

/**
 * Fault test: the broker is down while petitions are registered. Registration still succeeds (the event store is the
 * outbox); once the broker is back every event arrives, and the event store holds each exactly once.
 */
@QuarkusTest
class KafkaOutageTest {
    private static final int PETITIONS = 20;

    @Inject
    EventStoreProbe store;

    @Test
    void eventsRegisteredWhileKafkaIsDownArriveWhenItReturns() {
        List<String> ids = new ArrayList<>();
        double failuresBefore = publishFailures();
        try (TopicProbe topic = new TopicProbe(Topics.INTAKE_EVENTS)) {
            LocalSuite.run("test-kafka-stop");
            try {
                for (int i = 0; i < PETITIONS; i++) {
                    ids.add(PetitionRegistrationTest.register(Samples.details()));
                }
                // Readiness reports the missing broker while registration goes on.
                given().get("/q/health/ready").then().statusCode(503);
                // Keep the broker away until the publisher has given up on a batch, so that the retry path
                // (token not moved, batch sent again) is what delivers the events below.
                await().atMost(Duration.ofSeconds(90)).until(() -> publishFailures() > failuresBefore);
            } finally {
                LocalSuite.run("test-kafka-start");
            }
            Set<String> expected = Set.copyOf(ids);
            List<ConsumerRecord<String, byte[]>> records = topic.pollUntil(
                    rs -> rs.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(expected),
                    Duration.ofSeconds(120));
            Set<String> arrived = records.stream().map(ConsumerRecord::key).filter(expected::contains).collect(Collectors.toSet());
            assertThat(arrived).as("every event registered during the outage reached Kafka").isEqualTo(expected);
        }
        Map<String, Long> eventsPerPetition = ids.stream().collect(Collectors.toMap(Function.identity(), store::eventsOf));
        assertThat(eventsPerPetition.values()).as("each petition stored exactly once").containsOnly(1L);
    }

    private static double publishFailures() {
        return given().get("/q/metrics").asString().lines()
                .filter(line -> line.startsWith("petition_events_publish_failures_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
