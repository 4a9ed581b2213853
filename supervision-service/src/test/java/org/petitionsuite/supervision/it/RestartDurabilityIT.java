package org.petitionsuite.supervision.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.limits.WorkingDayCalendar;
import org.petitionsuite.testkit.Tokens;
import org.petitionsuite.testkit.TopicProbe;

/**
 * Durability of the timers (issue: "restart the service with timers pending; each fires exactly once"). The packaged
 * service runs as its own process, as in production, on supervision's test database and the real broker; its clock is
 * moved forward between runs with {@code supervision.clock.shift}, and it sweeps every second:
 * <ol>
 *   <li>run 1 observes a registration (a T1 forwarding duty starts) and is killed (SIGKILL) with its warning and its
 *       breach pending;</li>
 *   <li>run 2, on the day before the last day, warns, and is killed;</li>
 *   <li>run 3, the day after the last day, breaches and records the defect, and is stopped (SIGTERM);</li>
 *   <li>run 4, on the same day, sweeps again and again and decides nothing more.</li>
 * </ol>
 * On Kafka each decision appears with one {@code ce_id}: the timer fired once. (A kill between the broker's
 * acknowledgement and the publisher's token may repeat a record with the same {@code ce_id}; consumers drop those.)
 */
class RestartDurabilityIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOOTSTRAP = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    private static final File LOGS = new File("target/restart-it");

    private final String group = "supervision-restart-it-" + UUID.randomUUID();
    private ServiceProcess running;

    @BeforeAll
    static void outsideQuarkus() {
        // No Quarkus in this JVM: test-kit's writer, probe and tokens read these through MicroProfile Config.
        System.setProperty("kafka.bootstrap.servers", BOOTSTRAP);
        System.setProperty("smallrye.jwt.sign.key.location", "../deploy/local/dev-keys/DEVELOPMENT-ONLY-private-key.pem");
        LOGS.mkdirs();
    }

    @AfterEach
    void stopWhatIsLeft() {
        if (running != null) {
            running.kill();
        }
    }

    @Test
    void pendingTimersSurviveKillsAndRestartsAndEachFiresOnce() throws Exception {
        startConsumerGroupsAtTheEnd();
        LocalDate today = WorkingDayCalendar.dayOf(Instant.now());
        String p = UUID.randomUUID().toString();
        try (TopicProbe published = new TopicProbe(Topics.SUPERVISION_EVENTS)) {
            running = ServiceProcess.start("1-observe", group, 0, true);
            PetitionRecords.registered(p, today.toString());
            JsonNode forwarding = await().atMost(Duration.ofSeconds(60)).until(() -> running.forwardingClock(p),
                    clock -> clock != null);
            LocalDate due = LocalDate.parse(forwarding.get("due").asText());
            assertThat(forwarding.get("state").asText()).isEqualTo("RUNNING");
            assertThat(forwarding.get("warnedOn").isNull()).isTrue();
            running.kill();

            long dayBefore = ChronoUnit.DAYS.between(today, due) - 1;
            running = ServiceProcess.start("2-warn", group, dayBefore, false);
            awaitOn(published, p, "deadline.approaching.v1");
            running.kill();

            running = ServiceProcess.start("3-breach", group, dayBefore + 2, false);
            awaitOn(published, p, "defect.recorded.v1");
            running.stop();

            running = ServiceProcess.start("4-again", group, dayBefore + 2, false);
            double sweepsBefore = running.sweeps();
            await().atMost(Duration.ofSeconds(60)).until(() -> running.sweeps() >= sweepsBefore + 3);
            // Whatever those sweeps decided is published before a later event: issue a 督办 and wait for it on Kafka.
            System.out.printf("[restart-it] %s: 3 more sweeps run%n", Instant.now());
            String order = running.issueOrderOn(p);
            List<ConsumerRecord<String, byte[]>> all = awaitOn(published, order, "supervision.action-issued.v1");

            Map<String, Long> decisions = all.stream().filter(r -> p.equals(r.key()))
                    .collect(Collectors.groupingBy(r -> TopicProbe.header(r, "ce_type"),
                            Collectors.mapping(r -> TopicProbe.header(r, "ce_id"),
                                    Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
            assertThat(decisions).containsEntry("deadline.approaching.v1", 1L)
                    .containsEntry("deadline.breached.v1", 1L)
                    .containsEntry("defect.recorded.v1", 1L);
            JsonNode after = running.forwardingClock(p);
            assertThat(after.get("warnedOn").asText()).isEqualTo(due.minusDays(1).toString());
            assertThat(after.get("breachedOn").asText()).isEqualTo(due.plusDays(1).toString());
        }
    }

    /** Everything published so far, once a record of {@code type} keyed {@code key} is among it. */
    private static List<ConsumerRecord<String, byte[]>> awaitOn(TopicProbe topic, String key, String type) {
        Predicate<List<ConsumerRecord<String, byte[]>>> arrived = records -> records.stream()
                .anyMatch(r -> type.equals(TopicProbe.header(r, "ce_type")) && key.equals(r.key()));
        List<ConsumerRecord<String, byte[]>> seen = topic.pollUntil(arrived, Duration.ofSeconds(90));
        assertThat(arrived).as("%s for %s on Kafka", type, key).accepts(seen);
        return seen;
    }

    /** Like a deployment that has read everything before: the test's group starts at the end of both topics. */
    private void startConsumerGroupsAtTheEnd() throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        try (Admin admin = Admin.create(p)) {
            for (Map.Entry<String, String> consumer : Map.of(Topics.INTAKE_EVENTS, ".intake",
                    Topics.ROUTING_EVENTS, ".routing").entrySet()) {
                String topic = consumer.getKey();
                Map<TopicPartition, OffsetSpec> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
                        .get(topic).partitions().stream()
                        .collect(Collectors.toMap(i -> new TopicPartition(topic, i.partition()), i -> OffsetSpec.latest()));
                Map<TopicPartition, OffsetAndMetadata> ends = admin.listOffsets(partitions).all().get().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())));
                admin.alterConsumerGroupOffsets(group + consumer.getValue(), ends).all().get();
            }
        }
    }

    /** supervision-service's packaged jar, run as in production, on the test database. */
    static final class ServiceProcess {
        private static final HttpClient HTTP = HttpClient.newHttpClient();
        private static final Pattern SWEEPS = Pattern.compile("(?m)^supervision_sweep_seconds_count\\S* (\\S+)$");
        private final Process process;
        private final int port;

        private ServiceProcess(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static ServiceProcess start(String run, String group, long shiftDays, boolean cleanDatabase) throws Exception {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-XX:+UseSerialGC",
                    "-Dquarkus.http.port=" + port,
                    "-Dquarkus.log.console.json.enabled=false",
                    "-Dsupervision.consumer.group-id=" + group,
                    "-Dsupervision.sweep-every=1s",
                    "-Dsupervision.clock.shift=P" + shiftDays + "D",
                    "-Dmp.jwt.verify.publickey.location=../deploy/local/dev-keys/DEVELOPMENT-ONLY-public-key.pem"));
            if (cleanDatabase) {
                command.addAll(List.of("-Dquarkus.flyway.clean-at-start=true", "-Dquarkus.flyway.clean-disabled=false"));
            }
            command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(new File(LOGS, run + ".log"));
            builder.environment().put("SUPERVISION_DB", "petition_supervision_test");
            builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", BOOTSTRAP);
            System.out.printf("[restart-it] %s: run %s starting (clock shifted %d days)%n", Instant.now(), run, shiftDays);
            ServiceProcess service = new ServiceProcess(builder.start(), port);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!service.process.isAlive()) {
                    throw new IllegalStateException("run " + run + " ended; see target/restart-it/" + run + ".log");
                }
                try {
                    return service.get("/q/health/ready", null).statusCode() == 200;
                } catch (IOException notListeningYet) {
                    return false;
                }
            });
            return service;
        }

        /** The petition's T1 forwarding clock from the case timeline, or null while the service has not seen it. */
        JsonNode forwardingClock(String petitionId) throws Exception {
            HttpResponse<String> r = get("/api/v1/supervision/cases/" + petitionId, Tokens.of("supervisor", "330100"));
            if (r.statusCode() != 200) {
                return null;
            }
            for (JsonNode clock : JSON.readTree(r.body()).get("clocks")) {
                if ("FORWARD_OR_ASSIGN".equals(clock.get("step").asText())) {
                    return clock;
                }
            }
            return null;
        }

        /** How many sweeps this process has run (its {@code supervision.sweep} timer). */
        double sweeps() throws Exception {
            Matcher m = SWEEPS.matcher(get("/q/metrics", null).body());
            return m.find() ? Double.parseDouble(m.group(1)) : 0;
        }

        /** Issues a 督办 order on the petition; returns the action's id (the key of its events). */
        String issueOrderOn(String petitionId) throws Exception {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/supervision/actions"))
                    .header("Authorization", "Bearer " + Tokens.of("supervisor", "330100"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"kind":"SUPERVISION_ORDER","organCode":"330100-xfj","regionCode":"330102",
                             "petitionIds":["%s"],"reasons":"逾期未转送","responseDue":"2099-12-01"}""".formatted(petitionId)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            return JSON.readTree(r.body()).get("actionId").asText();
        }

        /** SIGKILL: nothing is flushed, no consumer leaves its group politely. */
        void kill() {
            System.out.printf("[restart-it] %s: SIGKILL%n", Instant.now());
            process.destroyForcibly();
            waitForEnd();
        }

        /** SIGTERM: Quarkus's graceful shutdown. */
        void stop() {
            System.out.printf("[restart-it] %s: SIGTERM%n", Instant.now());
            process.destroy();
            waitForEnd();
        }

        private void waitForEnd() {
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }
    }
}
