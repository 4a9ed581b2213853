package org.petitionsuite.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Writes records on a topic of the real broker as the suite's publishers do (key, CloudEvents {@code ce_type},
 * {@code ce_id}, {@code ce_specversion}), so a service's tests need no other service running. One producer per test JVM.
 */
public final class TopicWriter {
    private static KafkaProducer<String, byte[]> producer;

    private TopicWriter() {
    }

    /**
     * Sends {@code value} and returns once the broker has it. {@code type} or {@code ceId} may be null, to write a
     * record without that header (for dead-letter tests).
     */
    public static void send(String topic, String key, String type, String ceId, String value) throws Exception {
        send(topic, key, type, ceId, value, null);
    }

    /** As {@link #send(String, String, String, String, String)}, carrying a W3C {@code traceparent} header. */
    public static void send(String topic, String key, String type, String ceId, String value, String traceparent)
            throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8));
        if (traceparent != null) {
            record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        if (type != null) {
            record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        }
        if (ceId != null) {
            record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        }
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        producer().send(record).get(10, TimeUnit.SECONDS);
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }
}
