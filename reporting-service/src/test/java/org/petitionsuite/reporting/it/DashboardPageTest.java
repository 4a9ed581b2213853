package org.petitionsuite.reporting.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.petitionsuite.testkit.Tokens;

/**
 * The dashboard page in headless Chromium (Debian's chromium and chromium-driver, which deploy/local installs): it
 * loads from the service, shows the KPI tiles with the figures of a seeded event set, draws the overdue map from the
 * configured boundaries, switches to English, and a screenshot is kept as {@code target/dashboard.png}.
 */
@QuarkusTest
class DashboardPageTest {
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

    @TestHTTPResource("/")
    URL root;

    @Test
    void showsTheKpiTilesOfTheSeededDataSetAndSwitchesToEnglish() throws Exception {
        FixedEventSet set = new FixedEventSet();
        set.publish();
        String region = set.township + "000";
        String token = Tokens.of("analyst", "610000");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(token)
                .queryParam("region", region).queryParam("from", set.first.toString())
                .queryParam("to", set.second.plusDays(6).toString()).get("/api/v1/reporting/indicators").then()
                .body("volume.items", equalTo(8)));

        // Boundaries for the township's villages, as an operator would configure them (reporting.map.boundaries-dir).
        Path boundaries = Path.of("target", "test-boundaries", region + ".geojson");
        Files.createDirectories(boundaries.getParent());
        Files.writeString(boundaries, squares(set.village(1), "一村", set.village(2), "二村", set.village(3), "三村"));

        WebDriver browser = chromium();
        try {
            browser.get(root + "?region=" + region + "&from=" + set.first + "&to=" + set.second.plusDays(6) + "#token=" + token);
            await().ignoreExceptions().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(tile(browser, "items")).isEqualTo("8"));
            assertThat(tile(browser, "onTimeAnswer")).isEqualTo("50.0%");
            assertThat(tile(browser, "timelyAcceptanceDepartment")).isEqualTo("75.0%");
            assertThat(tile(browser, "timelyAcceptanceUnit")).isEqualTo("33.3%");
            assertThat(tile(browser, "repeatRate")).isEqualTo("25.0%");
            assertThat(tile(browser, "overdueDuties")).isEqualTo("1");
            assertThat(tile(browser, "ruleOfLawIndex")).isEqualTo("56.3");
            assertThat(browser.findElement(By.cssSelector("[data-kpi=items] .label")).getText()).isEqualTo("信访总量(件次)");
            assertThat(browser.findElements(By.cssSelector("#trend canvas"))).isNotEmpty();
            assertThat(browser.findElement(By.id("status")).getText()).isEmpty();
            // Three villages drawn from the boundaries; P2's open breach lies in village 1, P8 (village 2) has none.
            await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                WebElement map = browser.findElement(By.id("overdue-map"));
                assertThat(map.getAttribute("data-source")).isEqualTo("boundaries");
                assertThat(map.getAttribute("data-areas")).isEqualTo("3");
                assertThat(map.getAttribute("data-overdue")).isEqualTo(set.village(1) + ":1," + set.village(2) + ":0");
                assertThat(map.findElements(By.tagName("canvas"))).isNotEmpty();
            });
            assertThat(browser.findElement(By.id("map-note")).getText()).isEmpty();
            assertThat(browser.findElement(By.id("complained")).getText()).contains("雁塔区住房和城乡建设局");
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    assertThat(browser.findElement(By.id("live")).getAttribute("class")).isEqualTo("on"));

            File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), Path.of("target", "dashboard.png"), StandardCopyOption.REPLACE_EXISTING);

            browser.findElement(By.id("lang")).click();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    browser.findElement(By.cssSelector("[data-kpi=items] .label")).getText()).isEqualTo("Petitions (items)"));

            // The district has no boundaries configured: a schematic tile map, one square per township, says so.
            browser.get(root + "?region=610113&from=" + set.first + "&to=" + set.second.plusDays(6));
            await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                WebElement map = browser.findElement(By.id("overdue-map"));
                assertThat(map.getAttribute("data-source")).isEqualTo("tiles");
                assertThat(map.getAttribute("data-overdue")).contains(region + ":1");
                assertThat(browser.findElement(By.id("map-note")).getText()).startsWith("Schematic");
            });
        } finally {
            browser.quit();
        }
    }

    @Test
    void boundariesAreServedOnlyWhereConfiguredAndForTheCallersRegion() throws Exception {
        Path file = Path.of("target", "test-boundaries", "610113999000.geojson");
        Files.createDirectories(file.getParent());
        Files.writeString(file, squares("610113999001", "甲村"));
        String token = Tokens.of("analyst", "610000");
        given().auth().oauth2(token).get("/api/v1/reporting/boundaries/610113999000").then().statusCode(200)
                .contentType("application/geo+json").body("features[0].properties.code", equalTo("610113999001"));
        given().auth().oauth2(token).get("/api/v1/reporting/boundaries/610113998000").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(token).get("/api/v1/reporting/boundaries/..%2F..%2Fetc").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("path.region"));
        given().auth().oauth2(Tokens.of("analyst", "330000")).get("/api/v1/reporting/boundaries/610113999000").then()
                .statusCode(403);
        given().get("/api/v1/reporting/boundaries/610113999000").then().statusCode(401);
    }

    /** A FeatureCollection of unit squares side by side, one per (code, name) pair. */
    private static String squares(String... codesAndNames) {
        List<String> features = new ArrayList<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            int x = i / 2;
            features.add(("{\"type\":\"Feature\",\"properties\":{\"code\":\"%s\",\"name\":\"%s\"},"
                    + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%d,0],[%d,0],[%d,1],[%d,1],[%d,0]]]}}")
                    .formatted(codesAndNames[i], codesAndNames[i + 1], x, x + 1, x + 1, x, x));
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static String tile(WebDriver browser, String kpi) {
        return browser.findElement(By.cssSelector("[data-kpi=" + kpi + "] .value")).getText();
    }

    private static WebDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // Headless and quiet: the machine's closed network refuses Chromium's background connections.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1800", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
