package org.petitionsuite.intake.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.testkit.Tokens;

/** The read model is derived data: rebuilt from the event store it holds exactly the petitions the events describe. */
@QuarkusTest
class ReadModelRebuildTest {
    @Inject
    EventStoreProbe store;

    @Test
    void rebuildingRestoresALostRow() {
        String id = PetitionRegistrationTest.register(Samples.details());
        PetitionRegistrationTest.awaitReadModel(id);
        store.deleteReadModelRow(id);
        given().auth().oauth2(PetitionRegistrationTest.REGISTRAR).get("/api/v1/petitions/" + id).then().statusCode(404);

        given().auth().oauth2(Tokens.of("registrar", "330000")).post("/api/v1/admin/read-model/rebuild").then().statusCode(403);
        given().auth().oauth2(Tokens.of("admin", "000000")).post("/api/v1/admin/read-model/rebuild").then()
                .statusCode(202).body("processor", equalTo("petition-read-model"));

        PetitionRegistrationTest.awaitReadModel(id);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(store.readModelRows()).isEqualTo(store.petitions()));
        given().auth().oauth2(PetitionRegistrationTest.REGISTRAR).get("/api/v1/petitions/" + id).then()
                .statusCode(200).body("id", equalTo(id));
    }
}
