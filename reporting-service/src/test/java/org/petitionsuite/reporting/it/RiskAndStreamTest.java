package org.petitionsuite.reporting.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.reporting.indicators.RiskWatch;
import org.petitionsuite.testkit.Tokens;
import org.petitionsuite.testkit.TopicProbe;

/** Risk early warning against a county's own baseline, and the live stream that follows the projection. */
@QuarkusTest
class RiskAndStreamTest {
    private static final String ANALYST = Tokens.of("analyst", "610000");
    private final Random random = new Random();

    @Inject
    RiskWatch risks;

    @TestHTTPResource("/api/v1/reporting/stream")
    URL stream;

    @Test
    void aCategoryAboveItsBaselineRaisesOneSignalForTheWeek() throws Exception {
        LocalDate monday = LocalDate.of(2001, 1, 1).plusWeeks(random.nextInt(900)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String category = "风险测试_" + UUID.randomUUID().toString().substring(0, 8);
        String county = "610113";
        // Two in the baseline weeks (mean 2/8 = 0.25), then five in one week: 5 ≥ min 5 and 5 > 2 × 0.25.
        register(county + "001001", monday.minusWeeks(3), category, false, 1);
        register(county + "001001", monday.minusWeeks(5), category, false, 1);
        for (int i = 0; i < 5; i++) {
            register(county + "001002", monday.plusDays(i), category, false, 1);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ANALYST)
                .queryParam("region", county).queryParam("from", monday.minusWeeks(8).toString())
                .queryParam("to", monday.plusDays(6).toString()).queryParam("category", category)
                .get("/api/v1/reporting/indicators").then().body("volume.items", equalTo(7)));

        try (TopicProbe published = new TopicProbe(Topics.REPORTING_EVENTS)) {
            risks.check(monday.plusDays(4));
            risks.check(monday.plusDays(5)); // checked again in the same week: still one signal
            assertThat(risks.publishPending()).isPositive();
            assertThat(risks.publishPending()).isZero(); // each is sent once it is acknowledged, not again
            List<ConsumerRecord<String, byte[]>> mine = published.pollUntil(rs -> rs.stream()
                    .anyMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains(category)), Duration.ofSeconds(30))
                    .stream().filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(category)).toList();
            assertThat(mine).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo(county + "000000");
                assertThat(TopicProbe.header(r, "ce_type")).isEqualTo("reporting.risk-raised.v1");
                try (InputStream schema = EventType.class.getResourceAsStream(EventType.RISK_RAISED_V1.schemaResource())) {
                    assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                            .validate(FixedEventSet.JSON.readTree(r.value()))).isEmpty();
                }
            });
        }
        List<RiskWatch.Signal> raised = risks.signals(county).stream().filter(s -> category.equals(s.category())).toList();
        assertThat(raised).singleElement().satisfies(s -> {
            assertThat(s.region()).isEqualTo(county + "000000");
            assertThat(s.weekStart()).isEqualTo(monday);
            assertThat(s.observed()).isEqualTo(5);
            assertThat(s.baseline()).isEqualByComparingTo("0.25");
        });
        given().auth().oauth2(ANALYST).queryParam("region", county).get("/api/v1/reporting/risks").then().statusCode(200)
                .body("find { it.category == '" + category + "' }.observed", equalTo(5));
        // Another province's analyst sees none of it.
        given().auth().oauth2(Tokens.of("analyst", "330000")).get("/api/v1/reporting/risks").then().statusCode(200)
                .body("find { it.category == '" + category + "' }", equalTo(null));
    }

    @Test
    void theStreamSendsTheIndicatorsAgainWhenTheProjectionChanges() throws Exception {
        String village = "610113" + String.format("%03d", 1 + random.nextInt(999)) + "009";
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(random.nextInt(6000));
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream + "?region=" + village + "&from=" + day + "&to=" + day))
                .header("Authorization", "Bearer " + ANALYST).header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        try (BufferedReader events = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                assertThat(nextItems(events)).isZero();
                register(village, day, "实时测试", false, 1);
                assertThat(nextItemsAbove(events, 0)).isEqualTo(1);
            });
        }
    }

    /** Items of the next event whose count exceeds {@code above} (other tests' records also move the projection). */
    private static long nextItemsAbove(BufferedReader events, long above) throws Exception {
        long items;
        do {
            items = nextItems(events);
        } while (items <= above);
        return items;
    }

    private static long nextItems(BufferedReader events) throws Exception {
        for (String line = events.readLine(); line != null; line = events.readLine()) {
            if (line.startsWith("data:")) {
                JsonNode summary = FixedEventSet.JSON.readTree(line.substring(5));
                return summary.get("volume").get("items").asLong();
            }
        }
        throw new AssertionError("the stream ended");
    }

    private static void register(String place, LocalDate day, String category, boolean collective, int people)
            throws Exception {
        FixedEventSet.registration(UUID.randomUUID().toString(), UUID.randomUUID().toString(), day,
                collective ? Channel.VISIT : Channel.LETTER, people, collective, true, category, place);
    }
}
