package org.petitionsuite.supervision.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.limits.WorkingDayCalendar;
import org.petitionsuite.testkit.PackagedService;
import org.petitionsuite.testkit.ConsumerGroups;
import org.petitionsuite.testkit.PlainJvm;
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
    private static final String BOOTSTRAP = PlainJvm.BOOTSTRAP;
    /** The sweep timer's count: how many sweeps the process has run. */
    private static final String SWEEPS = "supervision_sweep_seconds_count";

    private final String group = "supervision-restart-it-" + UUID.randomUUID();
    private PackagedService running;

    @BeforeAll
    static void outsideQuarkus() {
        PlainJvm.configure();
    }

    @AfterEach
    void stopWhatIsLeft() {
        PackagedService.killAll(running);
    }

    @Test
    void pendingTimersSurviveKillsAndRestartsAndEachFiresOnce() throws Exception {
        startConsumerGroupsAtTheEnd();
        LocalDate today = WorkingDayCalendar.dayOf(Instant.now());
        String p = UUID.randomUUID().toString();
        try (TopicProbe published = new TopicProbe(Topics.SUPERVISION_EVENTS)) {
            running = supervision("1-observe", 0, true);
            PetitionRecords.registered(p, today.toString());
            JsonNode forwarding = await().atMost(Duration.ofSeconds(60)).until(() -> forwardingClock(running, p),
                    clock -> clock != null);
            LocalDate due = LocalDate.parse(forwarding.get("due").asText());
            assertThat(forwarding.get("state").asText()).isEqualTo("RUNNING");
            assertThat(forwarding.get("warnedOn").isNull()).isTrue();
            running.kill();

            long dayBefore = ChronoUnit.DAYS.between(today, due) - 1;
            running = supervision("2-warn", dayBefore, false);
            awaitOn(published, p, "deadline.approaching.v1");
            running.kill();

            running = supervision("3-breach", dayBefore + 2, false);
            awaitOn(published, p, "defect.recorded.v1");
            running.stop();

            running = supervision("4-again", dayBefore + 2, false);
            double sweepsBefore = running.metric(SWEEPS);
            await().atMost(Duration.ofSeconds(60)).until(() -> running.metric(SWEEPS) >= sweepsBefore + 3);
            // Whatever those sweeps decided is published before a later event: issue a 督办 and wait for it on Kafka.
            String order = issueOrderOn(running, p);
            List<ConsumerRecord<String, byte[]>> all = awaitOn(published, order, "supervision.action-issued.v1");

            Map<String, Long> decisions = all.stream().filter(r -> p.equals(r.key()))
                    .collect(Collectors.groupingBy(r -> TopicProbe.header(r, "ce_type"),
                            Collectors.mapping(r -> TopicProbe.header(r, "ce_id"),
                                    Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
            assertThat(decisions).containsEntry("deadline.approaching.v1", 1L)
                    .containsEntry("deadline.breached.v1", 1L)
                    .containsEntry("defect.recorded.v1", 1L);
            JsonNode after = forwardingClock(running, p);
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
    private void startConsumerGroupsAtTheEnd() {
        ConsumerGroups.startAtEnd(group + ".intake", Topics.INTAKE_EVENTS);
        ConsumerGroups.startAtEnd(group + ".routing", Topics.ROUTING_EVENTS);
    }

    /** supervision's packaged jar on the test database and this test's consumer group, its clock {@code shiftDays} ahead. */
    private PackagedService supervision(String run, long shiftDays, boolean cleanDatabase) throws Exception {
        List<String> properties = new ArrayList<>(List.of("supervision.consumer.group-id=" + group,
                "supervision.sweep-every=1s", "supervision.clock.shift=P" + shiftDays + "D"));
        if (cleanDatabase) {
            properties.addAll(List.of("quarkus.flyway.clean-at-start=true", "quarkus.flyway.clean-disabled=false"));
        }
        return PackagedService.start("restart-it", run, properties,
                Map.of("SUPERVISION_DB", "petition_supervision_test", "KAFKA_BOOTSTRAP_SERVERS", BOOTSTRAP));
    }

    /** The petition's T1 forwarding clock from the case timeline, or null while the service has not seen it. */
    private static JsonNode forwardingClock(PackagedService service, String petitionId) throws Exception {
        HttpResponse<String> r = service.get("/api/v1/supervision/cases/" + petitionId, Tokens.of("supervisor", "330100"));
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

    /** Issues a 督办 order on the petition; returns the action's id (the key of its events). */
    private static String issueOrderOn(PackagedService service, String petitionId) throws Exception {
        HttpResponse<String> r = service.post("/api/v1/supervision/actions", Tokens.of("supervisor", "330100"), """
                {"kind":"SUPERVISION_ORDER","organCode":"330100-xfj","regionCode":"330102",
                 "petitionIds":["%s"],"reasons":"逾期未转送","responseDue":"2099-12-01"}""".formatted(petitionId));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("actionId").asText();
    }
}
