package org.petitionsuite.reporting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.testkit.PackagedService;
import org.petitionsuite.testkit.PlainJvm;
import org.petitionsuite.testkit.Tokens;

/**
 * Crash in the middle: the packaged reporting service, on the test database and a consumer group of its own, is
 * killed (SIGKILL) twice while it works through the topics (everything earlier tests wrote, then 600 registrations
 * of this run, 150 of them delivered twice with the same ce_id), and started a third time. The figures for this run's
 * township must be exact, and a rebuild from offset zero must give the same figures as the projection that survived
 * the kills.
 */
class ProjectionCrashIT {
    private static final int PETITIONS = 600;
    private static final int REDELIVERED = 150;
    private static final String GROUP = "reporting-crash-it-" + UUID.randomUUID();
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
    void aKilledProjectionResumesAndCountsEveryRecordOnce() throws Exception {
        PackagedReporting.Cohort cohort = PackagedReporting.Cohort.random();
        String township = cohort.township();
        LocalDate day = cohort.day();
        List<String[]> sent = new ArrayList<>();
        for (int i = 0; i < PETITIONS; i++) {
            String id = UUID.randomUUID().toString();
            String ceId = UUID.randomUUID().toString();
            sent.add(new String[] {id, ceId});
            PackagedReporting.register(id, ceId, township, i, day, i % 3 == 0 ? Channel.VISIT : Channel.ONLINE);
        }
        for (int i = 0; i < REDELIVERED; i++) {
            PackagedReporting.register(sent.get(i)[0], sent.get(i)[1], township, i, day,
                    i % 3 == 0 ? Channel.VISIT : Channel.ONLINE);
        }

        String query = cohort.indicators();
        String analyst = Tokens.of("analyst", "610000");
        running = reporting("1", true);
        killWhen("its first batch is committed", () ->
                running.metric(PackagedReporting.APPLIED) > 0);
        running = reporting("2", false);
        // In the middle of this run's registrations: some of the township's petitions are counted, not all.
        int[] counted = new int[1];
        killWhen("part of the township is counted", () -> {
            counted[0] = items(running.get(query, analyst).body());
            return counted[0] > 0;
        });
        System.out.printf("[crash-it] %d of the township's %d petitions were counted at the kill%n", counted[0], PETITIONS);
        running = reporting("3", false);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(items(running.get(query, analyst).body())).isEqualTo(PETITIONS));
        JsonNode live = FixedEventSet.JSON.readTree(running.get(query, analyst).body());
        assertThat(live.get("volume").get("visitBatches").asInt()).isEqualTo(PETITIONS / 3);
        assertThat(live.get("volume").get("online").asInt()).isEqualTo(PETITIONS - PETITIONS / 3);

        String whole = "/api/v1/reporting/breakdown?by=region&region=610000&from=2001-01-01&to=2030-12-31";
        String before = running.get(whole, analyst).body();
        String admin = Tokens.of("admin", "000000");
        assertThat(running.post("/api/v1/admin/projection/rebuild", admin, "").statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(FixedEventSet.JSON.readTree(running.get("/api/v1/admin/projection", admin).body())
                        .get("state").asText()).isEqualTo("LIVE"));
        assertThat(running.get(whole, analyst).body()).isEqualTo(before);
    }

    /** Polls {@code moment} every 20 ms and kills the running process as soon as it holds. */
    private void killWhen(String moment, java.util.concurrent.Callable<Boolean> when) throws Exception {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20)).until(when);
        System.out.printf("[crash-it] killed when %s: %.0f records applied in this run%n", moment,
                running.metric(PackagedReporting.APPLIED));
        running.kill();
        running = null;
    }

    private static PackagedService reporting(String run, boolean cleanDatabase) throws Exception {
        return PackagedReporting.start("crash-it", run, GROUP, cleanDatabase);
    }

    private static int items(String body) throws Exception {
        return PackagedReporting.items(body);
    }
}
