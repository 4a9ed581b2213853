package org.petitionsuite.bench;

import static org.petitionsuite.contract.Topics.INTAKE_EVENTS;
import static org.petitionsuite.contract.Topics.ROUTING_EVENTS;
import static org.petitionsuite.contract.Topics.SUPERVISION_EVENTS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.petitionsuite.contract.CloudEventHeaders;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.Topics;

/**
 * The checks of {@code bench/fault}, against the suite's development databases and broker. They read the services'
 * tables directly: this is the test harness looking at what each service stored, not a service reading another's.
 * <ul>
 *   <li>{@code verify --ids=F --place=V --checkpoint=F}: every petition the stream had acknowledged is exactly once
 *       in intake's, routing's, supervision's and reporting's read models and nothing else is in that village; each
 *       was registered and classified exactly once (event stores, and distinct {@code ce_id}s on Kafka); and every
 *       event each event store took since the checkpoint, of a type that is published, is on its topic. Prints
 *       {@code verify.*} lines and exits 1 on any loss or duplicate.</li>
 *   <li>{@code figures}: a digest of every read-model table and the size of each event store, one line each, to
 *       compare before and after a redelivery.</li>
 *   <li>{@code checkpoint --file=F}: every consumer group's committed offsets, reporting's stored positions and each
 *       event store's last event.</li>
 *   <li>{@code rewind [--to=F]}: every consumer group of the suite, and reporting's stored positions, back to the
 *       start of their topics, or to a checkpoint's offsets (the services must be stopped), so that the next start
 *       redelivers every record after them.</li>
 *   <li>{@code poison --per-topic=N}: N unreadable records on each of intake's, routing's and supervision's topics:
 *       every other one without CloudEvents headers, the rest with a type every consumer reads and a value that is not
 *       JSON.</li>
 *   <li>{@code dead-letters}: how many records each dead-letter topic holds, and reporting's rejected records.</li>
 *   <li>{@code caught-up}: exits 1 while any consumer group, or reporting's stored positions, is behind the end of
 *       its topics.</li>
 * </ul>
 */
public final class FaultCheck {
    private static final List<String> EVENT_TOPICS = List.of(INTAKE_EVENTS, ROUTING_EVENTS, SUPERVISION_EVENTS);
    private static final List<String> DEAD_LETTER_TOPICS = List.of(Topics.INTAKE_DEAD_LETTERS,
            Topics.ROUTING_DEAD_LETTERS, Topics.SUPERVISION_DEAD_LETTERS);
    /** The services' consumer groups (deploy/local runs each service once, with its default group). */
    private static final List<String> GROUPS = List.of("intake-service", "routing-service",
            "supervision-service.intake", "supervision-service.routing", "reporting-service");
    /** Each event store and the topic its publisher writes. */
    private static final Map<String, String> STORES = Map.of("petition_intake", INTAKE_EVENTS,
            "petition_routing", ROUTING_EVENTS, "petition_supervision", SUPERVISION_EVENTS);
    /** The read-model tables whose digests are the suite's figures. */
    private static final Map<String, List<String>> READ_MODELS = Map.of(
            "petition_intake", List.of("petition_view", "petition_document"),
            "petition_routing", List.of("routing_decision"),
            "petition_supervision", List.of("supervision_clock", "supervision_defect", "supervision_action"),
            "petition_reporting", List.of("petition_fact", "duty_fact", "evaluation_fact", "risk_signal",
                    "complaint_fact", "reporting_applied_event", "reporting_rejected_event"));

    /** reporting keeps its positions with its facts, not in its consumer group (ProjectionConsumer). */
    private static final String REPORTING_POSITIONS = "reporting-projection";
    /** A checkpoint's line for the last event an event store held when the run began. */
    private static final String STORE_POSITION = "event-store";

    private final String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    private final List<String> failures = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Bench.arguments(args.length > 0 ? java.util.Arrays.copyOfRange(args, 1, args.length) : args);
        FaultCheck check = new FaultCheck();
        switch (args.length > 0 ? args[0] : "") {
            case "verify" -> check.verify(Path.of(a.get("ids")), a.get("place"), Path.of(a.get("checkpoint")));
            case "figures" -> check.figures();
            case "checkpoint" -> check.checkpoint(Path.of(a.get("file")));
            case "rewind" -> check.rewind(a.containsKey("to") ? Path.of(a.get("to")) : null);
            case "poison" -> check.poison(Integer.parseInt(a.getOrDefault("per-topic", "3")));
            case "dead-letters" -> check.deadLetters();
            case "caught-up" -> check.caughtUp();
            default -> throw new IllegalArgumentException(
                    "usage: FaultCheck verify|figures|checkpoint|rewind|poison|dead-letters|caught-up");
        }
        if (!check.failures.isEmpty()) {
            check.failures.forEach(f -> System.err.println("FAILED: " + f));
            System.exit(1);
        }
    }

    // --- verify ---

    private void verify(Path idsFile, String place, Path checkpoint) throws Exception {
        Map<String, Long> storedBefore = new HashMap<>();
        for (String line : Files.readAllLines(checkpoint, StandardCharsets.UTF_8)) {
            String[] f = line.split(" ");
            if (f[0].equals(STORE_POSITION)) {
                storedBefore.put(f[1], Long.parseLong(f[2]));
            }
        }
        Map<String, String> byReference = new LinkedHashMap<>();
        for (String line : Files.readAllLines(idsFile, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            byReference.put(f[0], f[1]);
        }
        Set<String> ids = new HashSet<>(byReference.values());
        Bench.print("verify.acknowledged", Integer.toString(byReference.size()));
        expect("one petition per source reference", ids.size(), byReference.size());

        // Read models: every acknowledged petition, once, and nothing else of the village.
        expectSet("intake read model", ids, strings("petition_intake",
                "SELECT petition_id FROM petition_view WHERE place_of_matter = ?", place));
        expectSet("routing read model", ids, strings("petition_routing",
                "SELECT petition_id FROM routing_decision WHERE place_of_matter = ?", place));
        expectSet("supervision read model", ids, strings("petition_supervision",
                "SELECT DISTINCT petition_id FROM supervision_clock WHERE place_of_matter = ?", place));
        expectSet("reporting read model", ids, strings("petition_reporting",
                "SELECT petition_id FROM petition_fact WHERE place_code12 = ?", place));

        // Event stores: registered once, classified once.
        expect("registrations stored", countEvents("petition_intake", "PetitionRegistered", ids), ids.size());
        expect("classifications stored", countEvents("petition_routing", "PetitionClassifiedV1", ids), ids.size());

        // Kafka: every stored event of a published type is on its topic; one registration and one classification
        // per petition (the same ce_id delivered twice is at-least-once, not a duplicate).
        Map<String, List<Delivery>> onKafka = new HashMap<>();
        for (String topic : EVENT_TOPICS) {
            onKafka.put(topic, read(topic));
        }
        for (Map.Entry<String, String> store : STORES.entrySet()) {
            checkOutbox(store.getKey(), storedBefore.getOrDefault(store.getKey(), -1L), onKafka.get(store.getValue()));
        }
        expect("distinct petition.registered.v1 on Kafka",
                distinctIds(onKafka.get(INTAKE_EVENTS), EventType.PETITION_REGISTERED_V1.wireName(), ids), ids.size());
        expect("distinct petition.classified.v1 on Kafka",
                distinctIds(onKafka.get(ROUTING_EVENTS), EventType.PETITION_CLASSIFIED_V1.wireName(), ids), ids.size());
        for (String topic : EVENT_TOPICS) {
            List<Delivery> records = onKafka.get(topic);
            long distinct = records.stream().map(Delivery::id).distinct().count();
            Bench.print("verify.kafka." + topic + ".records", Integer.toString(records.size()));
            Bench.print("verify.kafka." + topic + ".delivered_again", Long.toString(records.size() - distinct));
        }
        Bench.print("verify.failures", Integer.toString(failures.size()));
    }

    /**
     * Every event stored since the run began ({@code global_index > after}; a development broker may be newer than
     * the development databases) of a type the publisher publishes (at least one of that type is on Kafka) is on Kafka.
     */
    private void checkOutbox(String database, long after, List<Delivery> topic) throws SQLException {
        Set<String> published = topic.stream().map(Delivery::id).collect(Collectors.toSet());
        Map<String, long[]> byType = new TreeMap<>(); // type -> {stored, on Kafka}
        query(database, "SELECT event_identifier, payload_type FROM domain_event_entry WHERE global_index > ?", List.of(after), rs -> {
            long[] n = byType.computeIfAbsent(rs.getString(2).replaceAll(".*\\.", ""), t -> new long[2]);
            n[0]++;
            if (published.contains(rs.getString(1))) {
                n[1]++;
            }
        });
        byType.forEach((type, n) -> {
            String key = "verify.outbox." + database + "." + type;
            Bench.print(key, n[1] == 0 ? n[0] + " stored, none published (not a published type)" : n[0] + " stored, " + n[1] + " on Kafka");
            if (n[1] > 0 && n[1] != n[0]) {
                failures.add(database + ": " + (n[0] - n[1]) + " stored " + type + " events are not on Kafka");
            }
        });
    }

    private long countEvents(String database, String type, Set<String> aggregates) throws SQLException {
        long[] n = {0};
        query(database, "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ? AND aggregate_identifier = ANY (?)",
                List.of("%." + type, aggregates), rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    private static long distinctIds(List<Delivery> records, String type, Set<String> petitions) {
        return records.stream().filter(r -> type.equals(r.type()) && petitions.contains(r.key())).map(Delivery::id)
                .distinct().count();
    }

    private void expect(String what, long actual, long expected) {
        Bench.print("verify." + what.replace(' ', '_'), Long.toString(actual));
        if (actual != expected) {
            failures.add(what + ": " + actual + ", expected " + expected);
        }
    }

    private void expectSet(String what, Set<String> expected, List<String> actual) {
        Set<String> distinct = new HashSet<>(actual);
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(distinct);
        Set<String> extra = new HashSet<>(distinct);
        extra.removeAll(expected);
        String key = "verify." + what.replace(' ', '_');
        Bench.print(key + ".missing", Integer.toString(missing.size()));
        Bench.print(key + ".extra", Integer.toString(extra.size()));
        Bench.print(key + ".twice", Integer.toString(actual.size() - distinct.size()));
        if (!missing.isEmpty() || !extra.isEmpty() || actual.size() != distinct.size()) {
            failures.add(what + ": " + missing.size() + " missing (e.g. " + missing.stream().limit(3).toList() + "), "
                    + extra.size() + " not acknowledged, " + (actual.size() - distinct.size()) + " twice");
        }
    }

    // --- figures ---

    private void figures() throws SQLException {
        for (String database : new TreeMap<>(READ_MODELS).keySet()) {
            for (String table : READ_MODELS.get(database)) {
                query(database, "SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-') FROM " + table + " t",
                        List.of(), rs -> Bench.print(database + "." + table, rs.getLong(1) + " rows, digest " + rs.getString(2)));
            }
        }
        for (String database : new TreeMap<>(STORES).keySet()) {
            query(database, "SELECT count(*) FROM domain_event_entry", List.of(),
                    rs -> Bench.print(database + ".domain_event_entry", rs.getLong(1) + " events"));
        }
    }

    // --- checkpoint and rewind ---

    /** Every group's committed offsets and reporting's stored positions, as {@code group topic partition offset}. */
    private Map<String, Map<TopicPartition, Long>> positions(Admin admin) throws Exception {
        Map<String, Map<TopicPartition, Long>> positions = new TreeMap<>();
        for (String group : GROUPS) {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
                    .forEach((tp, offset) -> {
                        if (offset != null) {
                            offsets.put(tp, offset.offset());
                        }
                    });
            positions.put(group, offsets);
        }
        Map<TopicPartition, Long> reporting = new HashMap<>();
        query("petition_reporting", "SELECT topic, partition, next_offset FROM reporting_offset", List.of(),
                rs -> reporting.put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3)));
        positions.put(REPORTING_POSITIONS, reporting);
        return positions;
    }

    private void checkpoint(Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Admin admin = Admin.create(kafka())) {
            positions(admin).forEach((group, offsets) -> offsets.forEach((tp, offset) ->
                    lines.add(group + " " + tp.topic() + " " + tp.partition() + " " + offset)));
        }
        for (String database : STORES.keySet()) {
            query(database, "SELECT coalesce(max(global_index), -1) FROM domain_event_entry", List.of(),
                    rs -> lines.add(STORE_POSITION + " " + database + " " + rs.getLong(1)));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /**
     * Every group and reporting's positions back to {@code checkpoint}'s offsets, or with none to the start of the
     * topics; the services must be stopped (a group with members cannot be moved).
     */
    private void rewind(Path checkpoint) throws Exception {
        try (Admin admin = Admin.create(kafka())) {
            Map<TopicPartition, Long> earliest = eventTopicOffsets(admin, OffsetSpec.earliest());
            Map<String, Map<TopicPartition, Long>> target = positions(admin);
            target.values().forEach(offsets -> offsets.replaceAll((tp, offset) -> earliest.getOrDefault(tp, 0L)));
            if (checkpoint != null) {
                for (String line : Files.readAllLines(checkpoint, StandardCharsets.UTF_8)) {
                    String[] f = line.split(" ");
                    if (f[0].equals(STORE_POSITION)) {
                        continue;
                    }
                    target.computeIfAbsent(f[0], g -> new HashMap<>())
                            .put(new TopicPartition(f[1], Integer.parseInt(f[2])), Long.parseLong(f[3]));
                }
            }
            Map<TopicPartition, Long> end = eventTopicOffsets(admin, OffsetSpec.latest());
            for (Map.Entry<String, Map<TopicPartition, Long>> group : target.entrySet()) {
                long redelivered = 0;
                for (Map.Entry<TopicPartition, Long> e : group.getValue().entrySet()) {
                    redelivered += end.getOrDefault(e.getKey(), 0L) - e.getValue();
                }
                if (group.getKey().equals(REPORTING_POSITIONS)) {
                    try (Connection c = connect("petition_reporting"); PreparedStatement update = c.prepareStatement(
                            "UPDATE reporting_offset SET next_offset = ? WHERE topic = ? AND partition = ?")) {
                        for (Map.Entry<TopicPartition, Long> e : group.getValue().entrySet()) {
                            update.setLong(1, e.getValue());
                            update.setString(2, e.getKey().topic());
                            update.setInt(3, e.getKey().partition());
                            update.addBatch();
                        }
                        update.executeBatch();
                    }
                } else {
                    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                    group.getValue().forEach((tp, offset) -> offsets.put(tp, new OffsetAndMetadata(offset)));
                    admin.alterConsumerGroupOffsets(group.getKey(), offsets).all().get(30, TimeUnit.SECONDS);
                }
                Bench.print("rewind." + group.getKey() + ".records_to_redeliver", Long.toString(redelivered));
            }
        }
    }

    // --- caught up ---

    private void caughtUp() throws Exception {
        try (Admin admin = Admin.create(kafka())) {
            Map<TopicPartition, Long> end = eventTopicOffsets(admin, OffsetSpec.latest());
            for (Map.Entry<String, Map<TopicPartition, Long>> group : positions(admin).entrySet()) {
                report("lag." + group.getKey(), group.getValue().entrySet().stream()
                        .mapToLong(e -> end.getOrDefault(e.getKey(), 0L) - e.getValue()).sum());
            }
        }
    }

    private void report(String key, long behind) {
        Bench.print(key, Long.toString(behind));
        if (behind > 0) {
            failures.add(key + ": " + behind + " records behind");
        }
    }

    // --- poison and dead letters ---

    /** On each topic: records without CloudEvents headers, and a registration whose value is not JSON. */
    private void poison(int perTopic) throws Exception {
        Properties p = kafka();
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", ByteArraySerializer.class.getName());
        p.put("acks", "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            for (String topic : EVENT_TOPICS) {
                for (int i = 0; i < perTopic; i++) {
                    String key = "poison-" + UUID.randomUUID();
                    ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key,
                            ("\u0000not an event " + i).getBytes(StandardCharsets.UTF_8));
                    if (i % 2 == 1) {
                        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
                        header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
                        // A type every consumer of the topic reads, so that each of them must find the value unreadable.
                        EventType type = topic.equals(INTAKE_EVENTS) ? EventType.PETITION_REGISTERED_V1
                                : topic.equals(ROUTING_EVENTS) ? EventType.PETITION_ROUTED_V1 : EventType.DEADLINE_BREACHED_V1;
                        header(record, CloudEventHeaders.TYPE, type.wireName());
                        header(record, CloudEventHeaders.SOURCE, "/bench/fault");
                        header(record, CloudEventHeaders.SUBJECT, key);
                    }
                    producer.send(record).get(30, TimeUnit.SECONDS);
                }
            }
        }
        Bench.print("poison.per_topic", Integer.toString(perTopic));
    }

    private static void header(ProducerRecord<?, ?> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void deadLetters() throws Exception {
        try (Admin admin = Admin.create(kafka())) {
            for (String topic : DEAD_LETTER_TOPICS) {
                Map<TopicPartition, Long> end = offsets(admin, topic, OffsetSpec.latest());
                Map<TopicPartition, Long> start = offsets(admin, topic, OffsetSpec.earliest());
                long held = end.entrySet().stream().mapToLong(e -> e.getValue() - start.getOrDefault(e.getKey(), 0L)).sum();
                Bench.print("dead_letters." + topic, Long.toString(held));
            }
        }
        query("petition_reporting", "SELECT count(*) FROM reporting_rejected_event", List.of(),
                rs -> Bench.print("dead_letters.reporting_rejected_event", Long.toString(rs.getLong(1))));
    }

    // --- Kafka and PostgreSQL ---

    private record Delivery(String key, String type, String id) {
    }

    /** Every record of {@code topic}, from its start to its end now. */
    private List<Delivery> read(String topic) {
        List<Delivery> records = new ArrayList<>();
        TopicReader.readAll(bootstrap, List.of(topic), r -> records.add(new Delivery(r.key(),
                TopicReader.header(r, CloudEventHeaders.TYPE), TopicReader.header(r, CloudEventHeaders.ID))));
        return records;
    }

    /** {@link #offsets} of every partition of intake's, routing's and supervision's topics. */
    private static Map<TopicPartition, Long> eventTopicOffsets(Admin admin, OffsetSpec spec) throws Exception {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (String topic : EVENT_TOPICS) {
            offsets.putAll(offsets(admin, topic, spec));
        }
        return offsets;
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, String topic, OffsetSpec spec) throws Exception {
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic)
                .partitions().size();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int i = 0; i < partitions; i++) {
            request.put(new TopicPartition(topic, i), spec);
        }
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(request).all().get(30, TimeUnit.SECONDS).forEach((tp, info) -> offsets.put(tp, info.offset()));
        return offsets;
    }

    private Properties kafka() {
        return TopicReader.client(bootstrap, "bench-fault");
    }

    private static Connection connect(String database) throws SQLException {
        String host = System.getenv().getOrDefault("PG_HOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("PG_PORT", "5432");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database,
                System.getenv().getOrDefault("PG_USER", "postgres"), System.getenv().getOrDefault("PG_PASSWORD", ""));
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(String database, String sql, List<Object> parameters, Row row) throws SQLException {
        try (Connection c = connect(database); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                if (value instanceof Set<?> set) {
                    Array array = c.createArrayOf("varchar", set.toArray());
                    s.setArray(i + 1, array);
                } else {
                    s.setObject(i + 1, value);
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    private static List<String> strings(String database, String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        query(database, sql, List.of(parameter), rs -> values.add(rs.getString(1)));
        return values;
    }
}
