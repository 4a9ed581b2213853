package org.petitionsuite.kit.kafka;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where and how every Kafka client of a service connects: one place for the bootstrap servers and the transport
 * security, so that the producer, the consumers and the readiness check never differ.
 *
 * <p>Locally the broker is plain text on 127.0.0.1. On Kubernetes, Strimzi's {@code tls} listener authenticates each
 * service by the client certificate of its {@code KafkaUser} (mutual TLS): {@code petition.kafka.tls.truststore} is the
 * cluster CA's {@code ca.p12}, {@code petition.kafka.tls.keystore} the user's {@code user.p12}, each with its password
 * (deploy/k8s mounts them from the secrets Strimzi writes).
 */
@Singleton
public class KafkaClients {
    private final String bootstrapServers;
    private final Optional<String> truststore;
    private final Optional<String> truststorePassword;
    private final Optional<String> keystore;
    private final Optional<String> keystorePassword;

    public KafkaClients(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                        @ConfigProperty(name = "petition.kafka.tls.truststore") Optional<String> truststore,
                        @ConfigProperty(name = "petition.kafka.tls.truststore-password") Optional<String> truststorePassword,
                        @ConfigProperty(name = "petition.kafka.tls.keystore") Optional<String> keystore,
                        @ConfigProperty(name = "petition.kafka.tls.keystore-password") Optional<String> keystorePassword) {
        this.bootstrapServers = bootstrapServers;
        this.truststore = truststore;
        this.truststorePassword = truststorePassword;
        this.keystore = keystore;
        this.keystorePassword = keystorePassword;
        if (keystore.isPresent() && truststore.isEmpty()) {
            throw new IllegalStateException("petition.kafka.tls.keystore is set without petition.kafka.tls.truststore");
        }
    }

    /** Connection properties for one client; the caller adds what its kind of client needs. */
    public Properties properties(String clientId) {
        Properties p = new Properties();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
        truststore.ifPresent(path -> {
            p.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SSL");
            p.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12");
            p.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, path);
            truststorePassword.ifPresent(pw -> p.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, pw));
        });
        keystore.ifPresent(path -> {
            p.put(SslConfigs.SSL_KEYSTORE_TYPE_CONFIG, "PKCS12");
            p.put(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, path);
            keystorePassword.ifPresent(pw -> p.put(SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, pw));
        });
        return p;
    }

    /**
     * Properties of a consumer in {@code groupId}: offsets committed by the caller after its work (never
     * automatically), a new group starting from the earliest record, byte values, and a 10 s session timeout so that a
     * killed instance's partitions (and, through SegmentBalancer, its share of the publisher) move to the others after
     * 10 s instead of Kafka's default 45 s.
     */
    public Properties consumerProperties(String clientId, String groupId, int maxPollRecords) {
        Properties p = properties(clientId);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }
}
