package org.petitionsuite.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.testkit.PlainJvm;

/**
 * Tests never read the suite's topics: what `suite up`, a benchmark or a developer left there cannot slow or skew them.
 * The services under test and test-kit connect to the tests' own broker, and the backlog `suite test` puts on the
 * suite's topics first (source {@code /petition-suite/backlog}) is not on the tests' topic.
 */
@QuarkusTest
class TestIsolationTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String broker;

    @Test
    void theTestsReadABrokerOfTheirOwnWithoutTheSuitesBacklog() {
        String suites = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        assertThat(broker).isEqualTo(PlainJvm.BOOTSTRAP).isNotEqualTo(suites);

        Properties p = new Properties();
        p.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        long read = 0;
        long fromTheBacklog = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.INTAKE_EVENTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofSeconds(1))) {
                    read++;
                    Header source = r.headers().lastHeader("ce_source");
                    if (source != null && new String(source.value(), StandardCharsets.UTF_8).endsWith("/backlog")) {
                        fromTheBacklog++;
                    }
                }
            }
        }
        assertThat(fromTheBacklog).as("records of the suite's backlog among %d on the tests' topic", read).isZero();
    }
}
