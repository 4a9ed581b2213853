package org.petitionsuite.routing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.testkit.ConsumerGroups;
import org.petitionsuite.testkit.PackagedService;
import org.petitionsuite.testkit.PlainJvm;
import org.petitionsuite.testkit.TopicProbe;
import org.petitionsuite.testkit.TopicWriter;

/**
 * Two packaged routing instances in one consumer group, on one database and one broker: they share intake's
 * partitions and the publisher's Axon segments (SegmentBalancer), and every petition is classified and routed exactly
 * once. One is killed; the other takes over its partitions and segments and the next petitions are decided once too.
 */
class ScaleOutIT {
    private static final String DB = "jdbc:postgresql://" + System.getenv().getOrDefault("PG_HOST", "127.0.0.1") + ":"
            + System.getenv().getOrDefault("PG_PORT", "5432") + "/petition_routing_test";
    private final String group = "routing-scale-it-" + UUID.randomUUID();
    private PackagedService a;
    private PackagedService b;

    @BeforeAll
    static void outsideQuarkus() {
        PlainJvm.configure();
    }

    @AfterEach
    void stopBoth() {
        PackagedService.killAll(a, b);
    }

    @Test
    void twoInstancesShareTheWorkAndDecideEachPetitionOnce() throws Exception {
        ConsumerGroups.startAtEnd(group, Topics.INTAKE_EVENTS);
        a = start("a", true);
        b = start("b", false);
        a.awaitAssignedPartitions();
        b.awaitAssignedPartitions();
        try (TopicProbe decisions = new TopicProbe(Topics.ROUTING_EVENTS)) {
            List<String> first = register(200);
            assertDecidedOnce(decisions, first);
            assertThat(classified(a)).as("instance a classified petitions").isPositive();
            assertThat(classified(b)).as("instance b classified petitions").isPositive();
            // The publisher's 4 segments end up 2 and 2.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(publisherSegmentsByOwner().values()).containsExactly(2, 2));

            a.kill();
            a = null;
            List<String> second = register(100);
            assertDecidedOnce(decisions, second);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(publisherSegmentsByOwner().values()).containsExactly(4));
        }
    }

    private PackagedService start(String run, boolean cleanDatabase) throws Exception {
        List<String> properties = new ArrayList<>(List.of("routing.consumer.group-id=" + group,
                "petition.axon.segments=4", "petition.axon.balance-every=2s"));
        if (cleanDatabase) {
            properties.addAll(List.of("quarkus.flyway.clean-at-start=true", "quarkus.flyway.clean-disabled=false"));
        }
        return PackagedService.start("scale-it", run, properties,
                Map.of("ROUTING_DB", "petition_routing_test", "KAFKA_BOOTSTRAP_SERVERS", PlainJvm.BOOTSTRAP));
    }

    /** Registrations of wage arrears in 上城区, as intake publishes them; returns their petition ids. */
    private static List<String> register(int count) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            TopicWriter.send(Topics.INTAKE_EVENTS, id, "petition.registered.v1", UUID.randomUUID().toString(), """
                    {"petitionId":"%s","registeredAt":"2026-11-21T08:00:00Z","receivedAt":"2026-11-21T07:00:00Z",
                     "channel":"ONLINE","purpose":"SEEK_RESOLUTION","contentCategory":"劳动和社会保障_工资拖欠",
                     "request":"请求督促支付拖欠工资","factsAndReasons":"见请求","placeOfMatter":"330102",
                     "numberOfPeople":1,"collective":false,"petitioners":[],"accusedTarget":null,
                     "registeringOrgan":{"code":"x","name":"某信访局","regionCode":"330102"},"sourceSystem":"test",
                     "sourceReference":null,"matterId":"%s","firstTime":true}""".formatted(id, id));
            ids.add(id);
        }
        return ids;
    }

    /** Each petition has one classification and one route: one ce_id each, however often a record was re-sent. */
    private static void assertDecidedOnce(TopicProbe decisions, List<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        Map<String, Map<String, Set<String>>> ceIdsByPetitionAndType = new HashMap<>();
        decisions.pollUntil(records -> {
            ceIdsByPetitionAndType.clear();
            for (ConsumerRecord<String, byte[]> r : records) {
                if (wanted.contains(r.key())) {
                    ceIdsByPetitionAndType.computeIfAbsent(r.key(), k -> new HashMap<>())
                            .computeIfAbsent(TopicProbe.header(r, "ce_type"), t -> new HashSet<>())
                            .add(TopicProbe.header(r, "ce_id"));
                }
            }
            return ceIdsByPetitionAndType.size() == wanted.size()
                    && ceIdsByPetitionAndType.values().stream().allMatch(types -> types.size() == 2);
        }, Duration.ofSeconds(120));
        assertThat(ceIdsByPetitionAndType).as("every petition decided").hasSize(wanted.size());
        ceIdsByPetitionAndType.forEach((id, types) -> {
            assertThat(types.keySet()).as(id).containsExactlyInAnyOrder("petition.classified.v1", "petition.routed.v1");
            types.forEach((type, ceIds) -> assertThat(ceIds).as(id + " " + type + " decided once").hasSize(1));
        });
    }

    private static double classified(PackagedService s) throws Exception {
        return s.metric("consumer_petition_intake_events_records_total{outcome=\"classified\"");
    }

    /** Segments of the publisher's processor, per instance holding them (unclaimed ones are not counted). */
    private static Map<String, Integer> publisherSegmentsByOwner() throws Exception {
        Map<String, Integer> byOwner = new HashMap<>();
        try (Connection c = DriverManager.getConnection(DB, System.getenv().getOrDefault("PG_USER", "postgres"),
                System.getenv().getOrDefault("PG_PASSWORD", ""));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select owner, count(*) from token_entry where processor_name = 'kafka-publisher'"
                     + " and owner is not null group by owner")) {
            while (r.next()) {
                byOwner.put(r.getString(1), r.getInt(2));
            }
        }
        return byOwner;
    }
}
