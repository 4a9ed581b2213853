package org.petitionsuite.reporting.projection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.kit.kafka.ContractConsumer;
import org.petitionsuite.kit.kafka.PoisonRecordException;

/**
 * The projection's database side: a batch of records is applied in one transaction together with the partitions' next
 * offsets and the ids of the events applied, so a crash leaves either all of it or none, and a redelivery (the same
 * offset again, or the same {@code ce_id} at another offset) is applied once.
 */
@ApplicationScoped
public class ProjectionStore {
    private static final List<String> FACT_TABLES = List.of("petition_fact", "duty_fact", "evaluation_fact", "complaint_fact", "action_fact",
            "reporting_applied_event", "reporting_rejected_event", "reporting_offset", "risk_signal");

    private final AgroalDataSource dataSource;

    ProjectionStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What one batch did: applied (new events), skipped (already applied), rejected (unreadable). */
    public record Outcome(int applied, int skipped, int rejected) {
    }

    /** Where to read from: the stored next offset of each partition (none: never read), as of a generation. */
    public record Positions(long generation, Map<TopicPartition, Long> next) {
    }

    /** Thrown when a rebuild started after the batch was read: nothing was applied; seek to the stored positions. */
    public static class GenerationChanged extends RuntimeException {
        GenerationChanged() {
            super("the projection was reset since these records were read", null, false, false);
        }
    }

    public Positions positions(Collection<TopicPartition> partitions) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<TopicPartition, Long> out = new HashMap<>();
            try (Connection c = dataSource.getConnection()) {
                // One read of every stored position (a few rows per topic), keeping the partitions asked for.
                for (var row : Sql.query(c, "select topic, partition, next_offset from reporting_offset", List.of(),
                        rs -> Map.entry(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3)))) {
                    if (partitions.contains(row.getKey())) {
                        out.put(row.getKey(), row.getValue());
                    }
                }
                return new Positions(generation(c, ""), out);
            }
        });
    }

    /** The current generation (bumped by every reset). */
    public long generation() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                return generation(c, "");
            }
        });
    }

    /**
     * Applies the records, read at {@code generation}, in one transaction; records below a partition's stored offset
     * were applied before and are skipped. When the database refuses a record's data (class 22, e.g. a value too long
     * for its column) the batch is applied again record by record, and that record alone is rejected.
     */
    public Outcome apply(List<ConsumerRecord<String, byte[]>> records, long generation) {
        try {
            return applyTogether(records, generation);
        } catch (GenerationChanged e) {
            throw e;
        } catch (RuntimeException e) {
            SQLException refused = dataError(e);
            if (refused == null) {
                throw e;
            }
            if (records.size() == 1) {
                reject(records.get(0), generation, "data the projection cannot hold: " + refused.getMessage());
                return new Outcome(0, 0, 1);
            }
            int applied = 0, skipped = 0, rejected = 0;
            for (ConsumerRecord<String, byte[]> r : records) {
                Outcome one = apply(List.of(r), generation);
                applied += one.applied();
                skipped += one.skipped();
                rejected += one.rejected();
            }
            return new Outcome(applied, skipped, rejected);
        }
    }

    private void reject(ConsumerRecord<String, byte[]> r, long generation, String reason) {
        QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                if (generation(c, " for share") != generation) {
                    throw new GenerationChanged();
                }
                TopicPartition p = new TopicPartition(r.topic(), r.partition());
                if (r.offset() >= lockNext(c, p)) {
                    rejected(c, r, reason);
                    Sql.update(c, "update reporting_offset set next_offset = ? where topic = ? and partition = ?",
                            r.offset() + 1, p.topic(), p.partition());
                }
                return null;
            }
        });
    }

    private Outcome applyTogether(List<ConsumerRecord<String, byte[]>> records, long generation) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int applied = 0, skipped = 0, rejected = 0;
            Map<TopicPartition, Long> next = new HashMap<>();
            try (Connection c = dataSource.getConnection()) {
                // Shared lock: a reset (which bumps it) waits for this batch, and this batch sees a reset committed before it.
                if (generation(c, " for share") != generation) {
                    throw new GenerationChanged();
                }
                for (ConsumerRecord<String, byte[]> r : records) {
                    TopicPartition p = new TopicPartition(r.topic(), r.partition());
                    if (!next.containsKey(p)) {
                        // Locks the partition's row: two instances never apply the same partition at once.
                        next.put(p, lockNext(c, p));
                    }
                    if (r.offset() < next.get(p)) {
                        skipped++;
                        continue;
                    }
                    switch (applyOne(c, r)) {
                        case APPLIED -> applied++;
                        case DUPLICATE -> skipped++;
                        case REJECTED -> rejected++;
                    }
                    next.put(p, r.offset() + 1);
                }
                for (Map.Entry<TopicPartition, Long> e : next.entrySet()) {
                    Sql.update(c, "update reporting_offset set next_offset = ? where topic = ? and partition = ?",
                            e.getValue(), e.getKey().topic(), e.getKey().partition());
                }
            }
            return new Outcome(applied, skipped, rejected);
        });
    }

    /**
     * Records the ids of the topics read; when one differs from the id stored (the topic was created again, so its
     * offsets no longer mean what the stored positions say), resets the projection first. Returns whether it did.
     */
    public boolean adoptTopicIds(Map<String, String> topicIds) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                Map<String, String> stored = new HashMap<>();
                for (var row : Sql.query(c, "select topic, topic_id from reporting_topic", List.of(),
                        rs -> Map.entry(rs.getString(1), rs.getString(2)))) {
                    stored.put(row.getKey(), row.getValue());
                }
                boolean recreated = topicIds.entrySet().stream()
                        .anyMatch(e -> stored.containsKey(e.getKey()) && !stored.get(e.getKey()).equals(e.getValue()));
                if (recreated) {
                    empty(c);
                }
                for (Map.Entry<String, String> e : topicIds.entrySet()) {
                    Sql.update(c, """
                            insert into reporting_topic (topic, topic_id) values (?, ?)
                            on conflict (topic) do update set topic_id = excluded.topic_id""", e.getKey(), e.getValue());
                }
                return recreated;
            }
        });
    }

    /** Empties every fact table and every stored position, in a new generation: the projection starts from offset zero. */
    public void reset() {
        QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                return empty(c);
            }
        });
    }

    /** A new generation with no facts and no positions. */
    private static int empty(Connection c) throws SQLException {
        Sql.update(c, "update reporting_generation set generation = generation + 1");
        return Sql.update(c, "truncate " + String.join(", ", FACT_TABLES));
    }

    private enum Applied { APPLIED, DUPLICATE, REJECTED }

    private Applied applyOne(Connection c, ConsumerRecord<String, byte[]> r) throws SQLException {
        try {
            ContractConsumer.Envelope envelope = ContractConsumer.envelope(r);
            Optional<EventType> type = EventType.fromWireName(envelope.type());
            if (Sql.update(c, "insert into reporting_applied_event (ce_id) values (?) on conflict do nothing",
                    envelope.id()) == 0) {
                return Applied.DUPLICATE;
            }
            if (type.isPresent()) {
                // Unreadable data throws before any statement of its own; the ce_id row stays, as the record is rejected.
                Facts.apply(c, type.get(), r);
            }
            return Applied.APPLIED;
        } catch (PoisonRecordException e) {
            rejected(c, r, e.getMessage());
            return Applied.REJECTED;
        }
    }

    private static void rejected(Connection c, ConsumerRecord<String, byte[]> r, String reason) throws SQLException {
        Sql.update(c, """
                insert into reporting_rejected_event (topic, partition, record_offset, reason) values (?, ?, ?, ?)
                on conflict do nothing""", r.topic(), r.partition(), r.offset(), truncate(reason));
    }

    private static long generation(Connection c, String lock) throws SQLException {
        return Sql.query(c, "select generation from reporting_generation" + lock, List.of(), rs -> rs.getLong(1)).get(0);
    }

    private static long lockNext(Connection c, TopicPartition p) throws SQLException {
        Sql.update(c, "insert into reporting_offset (topic, partition, next_offset) values (?, ?, 0) on conflict do nothing",
                p.topic(), p.partition());
        return Sql.query(c, "select next_offset from reporting_offset where topic = ? and partition = ? for update",
                List.of(p.topic(), p.partition()), rs -> rs.getLong(1)).get(0);
    }

    /** The SQLException of class 22 (data exception) in the cause chain, if any. */
    private static SQLException dataError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return sql;
            }
        }
        return null;
    }

    private static String truncate(String s) {
        return s == null ? "unreadable" : s.length() > 500 ? s.substring(0, 500) : s;
    }
}
