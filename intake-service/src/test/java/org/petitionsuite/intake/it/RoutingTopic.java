package org.petitionsuite.intake.it;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.petitionsuite.contract.Topics;

/** Writes records on routing's topic as routing's publisher does, so intake's tests need no running routing service. */
final class RoutingTopic {
    private RoutingTopic() {
    }

    static void send(String petitionId, String value, String type, String ceId) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ROUTING_EVENTS, petitionId, value.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(10, TimeUnit.SECONDS);
        }
    }

    /** A petition.routed.v1 that forwards the petition to {@code organCode}. */
    static void routeTo(String petitionId, String organCode, String mode, Integer reportWithinDays) throws Exception {
        String value = """
                {"petitionId":"%s","placeOfMatter":"330102","organCode":"%s","organName":"某机关",
                 "organLevel":"COUNTY","organRegion":"330102","mode":"%s","reportWithinDays":%s,
                 "directoryVersion":"test","article":"条例 Art 22 ¶1","rationale":"测试","flags":[],
                 "routedAt":"2026-11-21T08:00:00Z"}""".formatted(petitionId, organCode, mode, reportWithinDays);
        send(petitionId, value, "petition.routed.v1", UUID.randomUUID().toString());
    }
}
