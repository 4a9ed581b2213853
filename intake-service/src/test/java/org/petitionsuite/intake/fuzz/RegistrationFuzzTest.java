package org.petitionsuite.intake.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.testkit.Tokens;

/**
 * 10,000 malformed or hostile registrations ({@link HostileRegistrations}, seed in {@code fuzz.seed}, default fixed) sent
 * to the real service: every answer must be a 4xx {@code application/problem+json}, none a 5xx, and the event store
 * must hold exactly as many events afterwards as before. A summary per kind is written to
 * {@code target/fuzz/summary.txt}; the first wrong answer of each kind is kept with its body for replay.
 */
@QuarkusTest
class RegistrationFuzzTest {
    private static final int CASES = Integer.getInteger("fuzz.cases", 10_000);
    private static final long SEED = Long.getLong("fuzz.seed", 20261122L);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TestHTTPResource("/api/v1/petitions")
    URL petitions;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyHostileRegistrationIsRefusedWithAProblemAndNothingIsStored() throws Exception {
        String token = Tokens.integrator("330000", "county-a");
        HostileRegistrations hostile = new HostileRegistrations(SEED, Samples.json());
        long eventsBefore = storedEvents();
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        Path out = Path.of("target", "fuzz");
        Files.createDirectories(out);
        long started = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            HostileRegistrations.Hostile h = hostile.next("fuzz-" + UUID.randomUUID());
            int[] counts = byKind.computeIfAbsent(h.kind(), k -> new int[2]);
            counts[0]++;
            String verdict = verdict(token, h);
            if (verdict != null) {
                counts[1]++;
                if (counts[1] == 1) {
                    Files.write(out.resolve("wrong-" + wrong.size() + ".json"), h.body().getBytes(StandardCharsets.UTF_8));
                    wrong.add(h.kind() + ": " + verdict);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        StringBuilder summary = new StringBuilder(String.format("%d hostile registrations, seed %d, %.1f s (%.0f/s)%n",
                CASES, SEED, seconds, CASES / seconds));
        byKind.forEach((kind, c) -> summary.append(String.format("%-28s %6d sent %6d wrong%n", kind, c[0], c[1])));
        Files.writeString(out.resolve("summary.txt"), summary);
        System.out.print(summary);

        assertThat(wrong).as("answers that were not a 4xx problem+json (bodies in target/fuzz)").isEmpty();
        assertThat(byKind).as("every kind of attack was tried").hasSizeGreaterThanOrEqualTo(15);
        assertThat(storedEvents()).as("nothing stored").isEqualTo(eventsBefore);
    }

    /** Null for a 4xx problem+json naming its status; otherwise what came back instead. */
    private String verdict(String token, HostileRegistrations.Hostile h) throws InterruptedException {
        HttpResponse<String> answer;
        try {
            answer = HTTP.send(HttpRequest.newBuilder(URI.create(petitions.toString()))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(h.body(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return "no answer: " + e.getMessage();
        }
        String type = answer.headers().firstValue("Content-Type").orElse("-");
        boolean problem = answer.statusCode() >= 400 && answer.statusCode() < 500
                && type.startsWith("application/problem+json")
                && answer.body().contains("\"status\":" + answer.statusCode());
        return problem ? null : answer.statusCode() + " " + type + " "
                + answer.body().substring(0, Math.min(300, answer.body().length()));
    }

    private long storedEvents() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from domain_event_entry")) {
            r.next();
            return r.getLong(1);
        }
    }
}
