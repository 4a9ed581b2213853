package org.petitionsuite.reporting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.testkit.PackagedService;
import org.petitionsuite.testkit.PlainJvm;
import org.petitionsuite.testkit.Tokens;

/**
 * Two instances of the packaged reporting service in one consumer group, on one database, share the topics'
 * partitions: both apply records, and the figures are those of one. When one is killed, the other takes its partitions
 * over (after the 10 s session timeout) and the figures stay exact. A rebuild asked of one instance while the other is
 * applying a stream of records also ends with exact figures on both.
 */
class ScaleOutIT {
    private static final int PETITIONS = 400;
    private final String group = "reporting-scale-it-" + UUID.randomUUID();
    private PackagedService first;
    private PackagedService second;

    @BeforeAll
    static void outsideQuarkus() {
        PlainJvm.configure();
    }

    @AfterEach
    void stopBoth() {
        PackagedService.killAll(first, second);
    }

    @Test
    void twoInstancesSharePartitionsAndCountOnce() throws Exception {
        PackagedReporting.Cohort cohort = PackagedReporting.Cohort.random();
        String township = cohort.township();
        LocalDate day = cohort.day();
        String query = cohort.indicators();
        String analyst = Tokens.of("analyst", "610000");
        String applied = PackagedReporting.APPLIED;

        first = PackagedReporting.start("scale-it", "a", group, true);
        second = PackagedReporting.start("scale-it", "b", group, false);
        first.awaitAssignedPartitions();
        second.awaitAssignedPartitions();
        register(township, day, 0, PETITIONS / 2);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(PackagedReporting.items(first.get(query, analyst).body())).isEqualTo(PETITIONS / 2));
        assertThat(first.metric(applied)).as("instance a applied records").isPositive();
        assertThat(second.metric(applied)).as("instance b applied records").isPositive();
        assertThat(PackagedReporting.items(second.get(query, analyst).body())).isEqualTo(PETITIONS / 2);

        first.kill();
        first = null;
        register(township, day, PETITIONS / 2, PETITIONS);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(PackagedReporting.items(second.get(query, analyst).body())).isEqualTo(PETITIONS));
    }

    @Test
    void aRebuildOnOneInstanceWhileTheOtherAppliesCountsExactly() throws Exception {
        PackagedReporting.Cohort cohort = PackagedReporting.Cohort.random();
        String query = cohort.indicators();
        String analyst = Tokens.of("analyst", "610000");
        String admin = Tokens.of("admin", "000000");
        first = PackagedReporting.start("scale-it", "rebuild-a", group, true);
        second = PackagedReporting.start("scale-it", "rebuild-b", group, false);
        first.awaitAssignedPartitions();
        second.awaitAssignedPartitions();
        register(cohort.township(), cohort.day(), 0, PETITIONS / 2);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(PackagedReporting.items(second.get(query, analyst).body())).isEqualTo(PETITIONS / 2));

        // The other half arrives while instance a rebuilds: b keeps applying its partitions' records meanwhile.
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> {
            try {
                register(cohort.township(), cohort.day(), PETITIONS / 2, PETITIONS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() ->
                PackagedReporting.items(second.get(query, analyst).body()) > PETITIONS / 2);
        assertThat(first.post("/api/v1/admin/projection/rebuild", admin, "").statusCode()).isEqualTo(202);
        stream.get(60, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(FixedEventSet.JSON.readTree(first.get("/api/v1/admin/projection", admin).body())
                    .get("state").asText()).isEqualTo("LIVE");
            assertThat(PackagedReporting.items(first.get(query, analyst).body())).isEqualTo(PETITIONS);
            assertThat(PackagedReporting.items(second.get(query, analyst).body())).isEqualTo(PETITIONS);
        });
        double whileBatch = second.metric("reporting_projection_resets_followed_total{while=\"batch\"");
        double whileIdle = second.metric("reporting_projection_resets_followed_total{while=\"idle\"");
        System.out.printf("[scale-it] b followed a's reset: %.0f time(s) holding a batch, %.0f time(s) idle%n", whileBatch, whileIdle);
        assertThat(whileBatch + whileIdle).as("b followed a's reset").isPositive();
        String breakdown = "/api/v1/reporting/breakdown?by=region&region=" + cohort.township() + "000&from="
                + cohort.day() + "&to=" + cohort.day();
        assertThat(second.get(breakdown, analyst).body()).isEqualTo(first.get(breakdown, analyst).body());
    }

    private static void register(String township, LocalDate day, int from, int to) throws Exception {
        for (int i = from; i < to; i++) {
            String id = UUID.randomUUID().toString();
            PackagedReporting.register(id, UUID.randomUUID().toString(), township, i, day, Channel.ONLINE);
        }
    }
}
