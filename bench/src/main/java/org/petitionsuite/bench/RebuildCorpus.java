package org.petitionsuite.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.petitionsuite.contract.CloudEventHeaders;
import org.petitionsuite.contract.Topics;

/**
 * The corpus of bench/run's rebuild step: {@code --events} records on a scratch broker ({@code --to}), made from the
 * suite's own topics on {@code --from} (the real mix of registrations, decisions and clock events that the run just
 * produced), copied as often as it takes. Each copy gives every petition a new id (derived from the old one and the
 * copy's number, replaced in key, value and {@code ce_subject}) and every event a new {@code ce_id}, so reporting
 * counts each copy as new petitions rather than deduplicating it.
 */
public final class RebuildCorpus {
    private static final List<String> TOPICS = List.of(Topics.INTAKE_EVENTS, Topics.ROUTING_EVENTS,
            Topics.SUPERVISION_EVENTS);

    private record Source(String topic, String key, byte[] value, List<Header> headers) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Bench.arguments(args);
        long events = Long.parseLong(a.getOrDefault("events", "1000000"));
        List<Source> sources = read(a.get("from"));
        if (sources.isEmpty()) {
            throw new IllegalStateException("the suite's topics are empty: nothing to copy");
        }
        Properties p = TopicReader.client(a.get("to"), "bench-corpus");
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", ByteArraySerializer.class.getName());
        p.put("linger.ms", "20");
        p.put("batch.size", "262144");
        p.put("compression.type", "lz4");
        long written = 0;
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            for (int copy = 0; written < events; copy++) {
                for (Source s : sources) {
                    if (written == events) {
                        break;
                    }
                    producer.send(copy(s, copy));
                    written++;
                }
            }
            producer.flush();
        }
        Bench.print("corpus.source_records", Integer.toString(sources.size()));
        Bench.print("corpus.records", Long.toString(written));
        Bench.print("corpus.write_seconds", String.format("%.1f", (System.nanoTime() - started) / 1e9));
    }

    private static ProducerRecord<String, byte[]> copy(Source s, int copy) {
        String key = s.key() == null ? null : UUID.nameUUIDFromBytes((s.key() + "#" + copy).getBytes(StandardCharsets.UTF_8)).toString();
        byte[] value = s.value();
        if (key != null && value != null) {
            value = new String(value, StandardCharsets.UTF_8).replace(s.key(), key).getBytes(StandardCharsets.UTF_8);
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(s.topic(), key, value);
        for (Header h : s.headers()) {
            String text = new String(h.value(), StandardCharsets.UTF_8);
            if (h.key().equals(CloudEventHeaders.ID)) {
                text = UUID.nameUUIDFromBytes((text + "#" + copy).getBytes(StandardCharsets.UTF_8)).toString();
            } else if (key != null) {
                text = text.replace(s.key(), key);
            }
            record.headers().add(h.key(), text.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static List<Source> read(String bootstrap) {
        List<Source> sources = new ArrayList<>();
        TopicReader.readAll(bootstrap, TOPICS, r -> {
            // Dead letters and bench/fault's poison are not part of a realistic corpus.
            if (r.headers().lastHeader(CloudEventHeaders.ID) != null && r.key() != null && !r.key().startsWith("poison-")) {
                sources.add(new Source(r.topic(), r.key(), r.value(), List.of(r.headers().toArray())));
            }
        });
        return sources;
    }
}
