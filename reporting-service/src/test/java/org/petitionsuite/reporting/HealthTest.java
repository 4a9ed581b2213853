package org.petitionsuite.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {
    @Test
    void reportsLiveReadyAndStarted() {
        for (String probe : new String[] {"live", "ready", "started"}) {
            given().get("/q/health/" + probe).then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void exposesPrometheusMetrics() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
