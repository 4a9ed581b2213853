package org.petitionsuite.kit.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaClientsTest {

    @Test
    void locallyTheClientsSpeakPlainText() {
        Properties p = new KafkaClients("127.0.0.1:9092", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()).properties("intake-service-publisher");
        assertEquals("127.0.0.1:9092", p.get("bootstrap.servers"));
        assertEquals("intake-service-publisher", p.get("client.id"));
        assertFalse(p.containsKey("security.protocol"));
    }

    @Test
    void onKubernetesTheyUseStrimzisCaAndTheirUsersCertificate() {
        Properties p = new KafkaClients("petition-kafka-kafka-bootstrap:9093", Optional.of("/ca/ca.p12"),
                Optional.of("ca-pass"), Optional.of("/user/user.p12"), Optional.of("user-pass")).properties("x");
        assertEquals("SSL", p.get("security.protocol"));
        assertEquals("PKCS12", p.get("ssl.truststore.type"));
        assertEquals("/ca/ca.p12", p.get("ssl.truststore.location"));
        assertEquals("ca-pass", p.get("ssl.truststore.password"));
        assertEquals("PKCS12", p.get("ssl.keystore.type"));
        assertEquals("/user/user.p12", p.get("ssl.keystore.location"));
        assertEquals("user-pass", p.get("ssl.keystore.password"));
    }

    @Test
    void consumersCommitThemselvesAndLeaveAKilledInstanceAfterTenSeconds() {
        Properties p = new KafkaClients("127.0.0.1:9092", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()).consumerProperties("routing-service-petition.intake.events", "routing-service", 200);
        assertEquals("routing-service", p.get("group.id"));
        assertEquals(false, p.get("enable.auto.commit"));
        assertEquals("earliest", p.get("auto.offset.reset"));
        assertEquals(200, p.get("max.poll.records"));
        assertEquals(10_000, p.get("session.timeout.ms"));
    }

    @Test
    void aCertificateWithoutTheCaIsAMistakeCaughtAtStart() {
        assertThrows(IllegalStateException.class, () -> new KafkaClients("b:9093", Optional.empty(), Optional.empty(),
                Optional.of("/user/user.p12"), Optional.of("pw")));
    }
}
