package org.petitionsuite.kit.kafka;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Dead-letter topics: a record a service cannot process is kept there as it came (key, value, headers) with the reason
 * and where it came from, so people can look at it and, once fixed, send it again.
 */
@Singleton
public class DeadLetters {
    public static final String REASON = "dlq_reason";
    private final Producer<String, byte[]> producer;

    DeadLetters(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    /** Returns once the broker has the dead letter, so the consumer can move past the original. */
    public void send(String topic, ConsumerRecord<String, byte[]> original, String reason) throws Exception {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(topic, original.key(), original.value());
        for (Header h : original.headers()) {
            letter.headers().add(h);
        }
        letter.headers().add(REASON, reason.getBytes(StandardCharsets.UTF_8));
        letter.headers().add("dlq_source_topic", original.topic().getBytes(StandardCharsets.UTF_8));
        letter.headers().add("dlq_source_partition", Integer.toString(original.partition()).getBytes(StandardCharsets.UTF_8));
        letter.headers().add("dlq_source_offset", Long.toString(original.offset()).getBytes(StandardCharsets.UTF_8));
        producer.send(letter).get(30, TimeUnit.SECONDS);
    }
}
