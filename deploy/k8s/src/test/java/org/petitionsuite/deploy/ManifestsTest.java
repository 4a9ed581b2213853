package org.petitionsuite.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.petitionsuite.contract.Topics;

/**
 * Both overlays render, every resource parses as its typed model, and what an operator relies on is there: probes,
 * limits, labels, graceful shutdown, disruption budgets, autoscalers, network policies, one topic per contract topic
 * with the retention we chose, one Kafka user per service with only its topics, one database per service, backups,
 * monitoring, and references that point at something that exists.
 */
class ManifestsTest {
    static final List<String> SERVICES = List.of("intake-service", "routing-service", "supervision-service", "reporting-service");
    private static Rendered dev;
    private static Rendered prod;

    @BeforeAll
    static void render() throws Exception {
        dev = Rendered.overlay("dev");
        prod = Rendered.overlay("prod");
    }

    private static Rendered of(String overlay) {
        return overlay.equals("dev") ? dev : prod;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceHasProbesLimitsLabelsAndAGracefulStop(String overlay) {
        Rendered r = of(overlay);
        assertThat(r.all(Deployment.class)).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(SERVICES);
        for (Deployment d : r.all(Deployment.class)) {
            String name = d.getMetadata().getName();
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            Container c = pod.getContainers().get(0);
            assertThat(d.getMetadata().getLabels()).as(name).containsEntry("app.kubernetes.io/name", name)
                    .containsEntry("app.kubernetes.io/part-of", "petition-suite");
            assertThat(d.getSpec().getTemplate().getMetadata().getLabels()).as(name + " pod labels")
                    .containsEntry("app.kubernetes.io/name", name).containsEntry("app.kubernetes.io/part-of", "petition-suite")
                    .containsEntry("app.kubernetes.io/component", "api");
            assertThat(path(c.getStartupProbe())).as(name + " startup").isEqualTo("/q/health/started");
            assertThat(path(c.getLivenessProbe())).as(name + " liveness").isEqualTo("/q/health/live");
            assertThat(path(c.getReadinessProbe())).as(name + " readiness").isEqualTo("/q/health/ready");
            assertThat(c.getResources().getRequests()).as(name + " requests").containsKeys("cpu", "memory");
            assertThat(c.getResources().getLimits()).as(name + " limits").containsKeys("cpu", "memory");
            assertThat(c.getLifecycle().getPreStop().getSleep().getSeconds()).as(name + " preStop").isPositive();
            // Quarkus stops within quarkus.shutdown.timeout (20 s) after the 5 s preStop.
            assertThat(pod.getTerminationGracePeriodSeconds()).as(name + " grace").isGreaterThanOrEqualTo(30L);
            assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
            assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(c.getPorts()).extracting(p -> p.getName()).containsExactly("http");
            assertThat(c.getImage()).as(name + " image").contains("/petition-suite/" + name + ":");
        }
    }

    @Test
    void prodRunsThreeBrokersThreeDatabaseInstancesAndTwoOrMoreReplicas() {
        assertThat(prod.named(KafkaNodePool.class, "dual-role").getSpec().getReplicas()).isEqualTo(3);
        assertThat(prod.named(KafkaNodePool.class, "dual-role").getSpec().getRoles()).hasSize(2);
        assertThat(prod.all(Cnpg.Cluster.class)).singleElement().satisfies(c -> {
            assertThat(c.spec().instances()).isEqualTo(3);
            assertThat(c.spec().affinity().podAntiAffinityType()).isEqualTo("required");
            assertThat(c.spec().plugins()).extracting(Cnpg.Plugin::name).containsExactly("barman-cloud.cloudnative-pg.io");
        });
        assertThat(prod.all(Deployment.class)).allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isGreaterThanOrEqualTo(2));
        assertThat(prod.all(HorizontalPodAutoscaler.class)).hasSize(4).allSatisfy(h -> {
            assertThat(h.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
            // More consumers than partitions would idle.
            assertThat(h.getSpec().getMaxReplicas()).isLessThanOrEqualTo(12).isGreaterThan(h.getSpec().getMinReplicas());
        });
        assertThat(prod.named(Kafka.class, "petition-kafka").getSpec().getKafka().getConfig())
                .containsEntry("min.insync.replicas", 2).containsEntry("default.replication.factor", 3);
        assertThat(prod.named(Kafka.class, "petition-kafka").getSpec().getKafka().getListeners())
                .extracting(l -> l.getName()).containsExactly("tls", "external");
        assertThat(prod.all(Cnpg.ScheduledBackup.class)).singleElement().satisfies(b -> {
            assertThat(b.spec().method()).isEqualTo("plugin");
            assertThat(b.spec().cluster().name()).isEqualTo("petition-pg");
            assertThat(b.spec().schedule().split(" ")).as("CloudNativePG's cron has seconds").hasSize(6);
        });
        assertThat(prod.all(Cnpg.ObjectStore.class)).singleElement()
                .satisfies(o -> assertThat(o.spec().retentionPolicy()).matches("[0-9]+[dwm]"));
    }

    @Test
    void devRunsOneOfEverythingWithoutBackups() {
        assertThat(dev.named(KafkaNodePool.class, "dual-role").getSpec().getReplicas()).isEqualTo(1);
        assertThat(dev.all(Cnpg.Cluster.class)).singleElement().satisfies(c -> {
            assertThat(c.spec().instances()).isEqualTo(1);
            assertThat(c.spec().plugins()).isNull();
        });
        assertThat(dev.all(Deployment.class)).allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(1));
        assertThat(dev.all(KafkaTopic.class)).allSatisfy(t -> {
            assertThat(t.getSpec().getReplicas()).isEqualTo(1);
            assertThat(t.getSpec().getConfig()).containsEntry("min.insync.replicas", 1);
        });
        assertThat(dev.all(Cnpg.ScheduledBackup.class)).isEmpty();
        assertThat(dev.all(Cnpg.ObjectStore.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void oneTopicPerContractTopicRetainedForeverAndNeverCompacted(String overlay) throws Exception {
        Map<String, KafkaTopic> topics = of(overlay).all(KafkaTopic.class).stream()
                .collect(Collectors.toMap(t -> t.getSpec().getTopicName(), t -> t));
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(contractTopics());
        assertThat(topics.keySet()).as("the same topics as deploy/local").containsExactlyInAnyOrderElementsOf(localTopics());
        topics.forEach((name, t) -> {
            assertThat(t.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "petition-kafka");
            assertThat(t.getSpec().getConfig()).as(name).containsEntry("cleanup.policy", "delete");
            Object retention = t.getSpec().getConfig().get("retention.ms");
            if (name.endsWith("dead-letters")) {
                assertThat(retention).as(name).isEqualTo(2592000000L);
            } else {
                assertThat(retention).as(name + ": reporting rebuilds from offset zero").isEqualTo(-1);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachServiceHasAKafkaUserWithOnlyItsTopics(String overlay) {
        Rendered r = of(overlay);
        Map<String, Set<String>> reads = Map.of(
                "intake-service", Set.of(Topics.ROUTING_EVENTS),
                "routing-service", Set.of(Topics.INTAKE_EVENTS),
                "supervision-service", Set.of(Topics.INTAKE_EVENTS, Topics.ROUTING_EVENTS),
                "reporting-service", Set.of(Topics.INTAKE_EVENTS, Topics.ROUTING_EVENTS, Topics.SUPERVISION_EVENTS));
        Map<String, Set<String>> writes = Map.of(
                "intake-service", Set.of(Topics.INTAKE_EVENTS, Topics.INTAKE_DEAD_LETTERS),
                "routing-service", Set.of(Topics.ROUTING_EVENTS, Topics.ROUTING_DEAD_LETTERS),
                "supervision-service", Set.of(Topics.SUPERVISION_EVENTS, Topics.SUPERVISION_DEAD_LETTERS),
                "reporting-service", Set.of(Topics.REPORTING_EVENTS));
        for (String service : SERVICES) {
            KafkaUser user = r.named(KafkaUser.class, service);
            assertThat(user.getSpec().getAuthentication().getType()).isEqualTo("tls");
            var acls = ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();
            assertThat(topicsWith(acls, "Read")).as(service + " reads").isEqualTo(reads.get(service));
            assertThat(topicsWith(acls, "Write")).as(service + " writes").isEqualTo(writes.get(service));
            // The service mounts the Secret the user operator writes under the user's name.
            Deployment d = r.named(Deployment.class, service);
            assertThat(d.getSpec().getTemplate().getSpec().getVolumes()).extracting(Volume::getSecret)
                    .filteredOn(Objects::nonNull).extracting(s -> s.getSecretName()).contains(service);
        }
        KafkaUser county = r.named(KafkaUser.class, "county-330102");
        var acls = ((KafkaUserAuthorizationSimple) county.getSpec().getAuthorization()).getAcls();
        assertThat(topicsWith(acls, "Read")).as("a county system reads only the risk warnings").containsExactly(Topics.REPORTING_EVENTS);
        assertThat(topicsWith(acls, "Write")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachServiceHasItsOwnDatabaseAndRole(String overlay) {
        Rendered r = of(overlay);
        Cnpg.Cluster cluster = r.all(Cnpg.Cluster.class).get(0);
        Map<String, String> ownerByDatabase = r.all(Cnpg.Database.class).stream()
                .collect(Collectors.toMap(d -> d.spec().name(), d -> d.spec().owner()));
        assertThat(ownerByDatabase).containsExactlyInAnyOrderEntriesOf(Map.of("petition_intake", "intake",
                "petition_routing", "routing", "petition_supervision", "supervision", "petition_reporting", "reporting"));
        assertThat(r.all(Cnpg.Database.class)).allSatisfy(d -> {
            assertThat(d.spec().cluster().name()).isEqualTo(cluster.metadata().getName());
            assertThat(d.spec().databaseReclaimPolicy()).isEqualTo("retain");
        });
        assertThat(cluster.spec().managed().roles()).allSatisfy(role -> {
            assertThat(role.login()).isTrue();
            assertThat(role.passwordSecret().name()).isEqualTo(role.name() + "-db-credentials");
        });
        for (Deployment d : r.all(Deployment.class)) {
            String role = d.getMetadata().getName().replace("-service", "");
            assertThat(secretKey(d, "PG_USER")).isEqualTo(role + "-db-credentials/username");
            assertThat(secretKey(d, "PG_PASSWORD")).isEqualTo(role + "-db-credentials/password");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everySelectorAndReferenceFindsItsTarget(String overlay) {
        Rendered r = of(overlay);
        Map<String, Map<String, String>> podLabels = r.all(Deployment.class).stream().collect(Collectors.toMap(
                d -> d.getMetadata().getName(), d -> d.getSpec().getTemplate().getMetadata().getLabels()));
        for (Service s : r.all(Service.class)) {
            assertThat(podLabels.values()).as("service " + s.getMetadata().getName())
                    .filteredOn(l -> l.entrySet().containsAll(s.getSpec().getSelector().entrySet())).hasSize(1);
        }
        for (PodDisruptionBudget b : r.all(PodDisruptionBudget.class)) {
            assertThat(matching(podLabels, b.getSpec().getSelector())).as("PDB " + b.getMetadata().getName()).hasSize(1);
            assertThat(b.getSpec().getMaxUnavailable().getIntVal()).as("a one-replica dev pod can still be drained").isEqualTo(1);
        }
        for (HorizontalPodAutoscaler h : r.all(HorizontalPodAutoscaler.class)) {
            assertThat(podLabels).containsKey(h.getSpec().getScaleTargetRef().getName());
        }
        assertThat(matching(podLabels, r.named(PodMonitor.class, "petition-services").getSpec().getSelector()))
                .containsExactlyInAnyOrderElementsOf(SERVICES);
        assertThat(r.named(PodMonitor.class, "petition-services").getSpec().getPodMetricsEndpoints())
                .singleElement().satisfies(e -> assertThat(e.getPath()).isEqualTo("/q/metrics"));
        // Alerts watch metrics the services expose (names as Micrometer renders them for Prometheus).
        List<String> exposed = List.of("axon_processor_dead_letters", "axon_processor_backlog", "routing_unrouted_petitions",
                "statutory_calendar_weekdays_only_years");
        var alerts = r.named(PrometheusRule.class, "petition-suite").getSpec().getGroups().stream()
                .flatMap(g -> g.getRules().stream()).toList();
        assertThat(alerts).extracting(rule -> rule.getAlert()).contains("PetitionReadModelDeadLetters", "PetitionProcessorNotAdvancing");
        alerts.forEach(rule -> assertThat(exposed).as(rule.getAlert()).anyMatch(m -> rule.getExpr().getStrVal().contains(m)));
        assertThat(matching(podLabels, r.named(NetworkPolicy.class, "petition-services").getSpec().getPodSelector()))
                .containsExactlyInAnyOrderElementsOf(SERVICES);
        assertThat(r.named(NetworkPolicy.class, "default-deny-ingress").getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();

        Set<String> services = r.all(Service.class).stream().map(s -> s.getMetadata().getName()).collect(Collectors.toSet());
        Ingress ingress = r.named(Ingress.class, "petition-suite");
        assertThat(ingress.getSpec().getTls()).isNotEmpty();
        ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(p -> {
            assertThat(services).as(p.getPath()).contains(p.getBackend().getService().getName());
            assertThat(p.getPath()).as("admin endpoints stay inside the cluster").doesNotStartWith("/api/v1/admin").doesNotStartWith("/q");
        }));

        Set<String> configMaps = r.all(ConfigMap.class).stream().map(c -> c.getMetadata().getName()).collect(Collectors.toSet());
        for (Deployment d : r.all(Deployment.class)) {
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            pod.getContainers().get(0).getEnvFrom().forEach(e -> assertThat(configMaps).contains(e.getConfigMapRef().getName()));
            pod.getVolumes().stream().filter(v -> v.getConfigMap() != null)
                    .forEach(v -> assertThat(configMaps).contains(v.getConfigMap().getName()));
            Set<String> secrets = secretsNeeded(d);
            Set<String> provided = new HashSet<>(operatorSecrets(r));
            if (overlay.equals("dev")) {
                r.all(Secret.class).forEach(s -> provided.add(s.getMetadata().getName()));
            } else {
                provided.addAll(Set.of("intake-db-credentials", "routing-db-credentials", "supervision-db-credentials",
                        "reporting-db-credentials", "intake-pseudonym-key", "intake-personal-data-key")); // created by the operator (deploy/README.md)
            }
            assertThat(provided).as(d.getMetadata().getName() + " secrets").containsAll(secrets);
        }
    }

    @Test
    void prodGeneratesNoSecretsAndDevOnlyDevelopmentOnes() throws Exception {
        assertThat(prod.all(Secret.class)).isEmpty();
        assertThat(dev.all(Secret.class)).isNotEmpty().allSatisfy(s -> assertThat(s.getData().values())
                .allSatisfy(v -> assertThat(new String(java.util.Base64.getDecoder().decode(v))).matches("DEVELOPMENT-ONLY.*|[a-z]+")));
        String devKey = dev.named(ConfigMap.class, "petition-jwt-public-key").getData().get("public-key.pem");
        assertThat(devKey).as("the dev overlay's key is deploy/local's development key")
                .isEqualTo(Files.readString(Rendered.K8S.resolve("../local/dev-keys/DEVELOPMENT-ONLY-public-key.pem")));
        assertThat(prod.named(ConfigMap.class, "petition-suite-config").getData())
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "petition-kafka-kafka-bootstrap:9093");
    }

    @Test
    void prodExportsTracesToTheCollectorTheServicesMayReach() {
        Map<String, String> config = prod.named(ConfigMap.class, "petition-suite-config").getData();
        assertThat(config).containsEntry("OTEL_TRACES_EXPORTER", "otlp").containsKey("OTEL_TRACES_SAMPLER");
        int port = Integer.parseInt(config.get("OTEL_EXPORTER_OTLP_ENDPOINT").replaceAll(".*:(\\d+).*", "$1"));
        assertThat(prod.named(NetworkPolicy.class, "petition-services").getSpec().getEgress())
                .flatExtracting(e -> e.getPorts()).extracting(p -> p.getPort().getIntVal()).contains(port, 9093, 5432, 53);
        assertThat(dev.named(ConfigMap.class, "petition-suite-config").getData()).containsEntry("OTEL_TRACES_EXPORTER", "none");
    }

    /** The compose alternative runs the same services on the same ports with the same databases as deploy/local. */
    @Test
    void composeOffersTheLocalSuitesPortsAndDatabases() throws Exception {
        var compose = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(Rendered.K8S.resolve("../compose/compose.yaml").toFile());
        String databases = Files.readString(Rendered.K8S.resolve("../compose/init-databases.sql"));
        for (String service : SERVICES) {
            Properties props = new Properties();
            try (var in = Files.newBufferedReader(Rendered.K8S.resolve("../../" + service + "/src/main/resources/application.properties"))) {
                props.load(in);
            }
            String port = props.getProperty("quarkus.http.port");
            assertThat(compose.at("/services/" + service + "/ports/0").asText()).as(service).isEqualTo(port + ":" + port);
            assertThat(compose.at("/services/" + service + "/build/args/SERVICE").asText()).isEqualTo(service);
            String database = props.getProperty("quarkus.datasource.jdbc.url").replaceAll(".*:([a-z_]+)}$", "$1");
            assertThat(databases).as(service + " database").contains("CREATE DATABASE " + database + ";");
        }
        assertThat(compose.at("/services/kafka/ports/0").asText()).isEqualTo("9092:9092");
        assertThat(compose.at("/services/postgres/ports/0").asText()).isEqualTo("5432:5432");
        assertThat(Rendered.K8S.resolve("../container/Dockerfile")).exists();
        if (Rendered.onPath("docker-compose")) {
            // Compose's own validation of the file (no engine needed); deploy/local's tools install docker-compose.
            Rendered.run("docker-compose", "-f", "../compose/compose.yaml", "config", "-q");
        } else {
            System.out.println("[manifests] docker-compose not on PATH: compose.yaml checked against deploy/local only");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kubectlRendersTheSameWhereItIsInstalled(String overlay) throws Exception {
        if (!Rendered.onPath("kubectl")) {
            System.out.println("[manifests] kubectl not on PATH: rendered with the pinned kustomize only");
            return;
        }
        String yaml = Rendered.run("kubectl", "kustomize", "overlays/" + overlay);
        assertThat(Rendered.documents(yaml)).hasSameSizeAs(of(overlay).documents);
        assertThat(Rendered.canonical(Rendered.documents(yaml))).isEqualTo(Rendered.canonical(of(overlay).documents));
    }

    private static String path(Probe probe) {
        return probe == null ? null : probe.getHttpGet().getPath();
    }

    private static Set<String> topicsWith(List<io.strimzi.api.kafka.model.user.acl.AclRule> acls, String operation) {
        return acls.stream()
                .filter(a -> a.getResource() instanceof io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource)
                .filter(a -> a.getOperations().stream().anyMatch(o -> o.toValue().equals(operation)))
                .map(a -> ((io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource) a.getResource()).getName())
                .collect(Collectors.toSet());
    }

    private static String secretKey(Deployment d, String env) {
        EnvVar var = d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .filter(e -> e.getName().equals(env)).findFirst().orElseThrow();
        return var.getValueFrom().getSecretKeyRef().getName() + "/" + var.getValueFrom().getSecretKeyRef().getKey();
    }

    private static List<String> matching(Map<String, Map<String, String>> podLabels, LabelSelector selector) {
        return podLabels.entrySet().stream()
                .filter(e -> e.getValue().entrySet().containsAll(selector.getMatchLabels().entrySet()))
                .map(Map.Entry::getKey).toList();
    }

    private static Set<String> secretsNeeded(Deployment d) {
        PodSpec pod = d.getSpec().getTemplate().getSpec();
        return Stream.concat(
                pod.getContainers().get(0).getEnv().stream().filter(e -> e.getValueFrom() != null)
                        .map(e -> e.getValueFrom().getSecretKeyRef().getName()),
                pod.getVolumes().stream().filter(v -> v.getSecret() != null).map(v -> v.getSecret().getSecretName()))
                .collect(Collectors.toSet());
    }

    /** Secrets the operators write: each KafkaUser's certificate under its name, and the Kafka cluster's CA. */
    private static Set<String> operatorSecrets(Rendered r) {
        Set<String> s = r.all(KafkaUser.class).stream().map(HasMetadata::getMetadata).map(m -> m.getName())
                .collect(Collectors.toSet());
        r.all(Kafka.class).forEach(k -> s.add(k.getMetadata().getName() + "-cluster-ca-cert"));
        return s;
    }

    private static Set<String> contractTopics() throws IllegalAccessException {
        Set<String> names = new HashSet<>();
        for (var f : Topics.class.getFields()) {
            if (f.getType() == String.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                names.add((String) f.get(null));
            }
        }
        return names;
    }

    private static Set<String> localTopics() throws Exception {
        return Files.readAllLines(Path.of("../local/kafka/topics")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\\s+")[0]).collect(Collectors.toSet());
    }
}
