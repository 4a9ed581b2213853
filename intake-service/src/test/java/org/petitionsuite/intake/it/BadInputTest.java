package org.petitionsuite.intake.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.testkit.Tokens;

/** Every kind of bad registration answers 400 problem+json naming the field, and nothing is stored. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
    private static final String TOKEN = Tokens.of("registrar", "330000");

    @Inject
    EventStoreProbe store;
    private long eventsBefore;

    @BeforeAll
    void countEvents() {
        eventsBefore = store.allEvents();
    }

    @AfterAll
    void nothingWasStored() {
        assertThat(store.allEvents()).as("no bad registration reached the event store").isEqualTo(eventsBefore);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> petitioner(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("petitioners")).get(0);
    }

    private static Map<String, Object> representative(int i) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", "代表" + i);
        p.put("representative", true);
        return p;
    }

    private static Arguments bad(String description, String field, Consumer<Map<String, Object>> breakIt) {
        return Arguments.of(description, field, breakIt);
    }

    static Stream<Arguments> badRegistrations() {
        String idValid = Samples.idNumber("33010219750312451");
        String idWrongCheck = idValid.substring(0, 17) + (idValid.charAt(17) == '0' ? '1' : '0');
        return Stream.of(
                bad("no petitioners", "petitioners", b -> b.remove("petitioners")),
                bad("empty petitioners", "petitioners", b -> b.put("petitioners", List.of())),
                bad("petitioners not an array", "petitioners", b -> b.put("petitioners", "王建国")),
                bad("petitioner without name", "petitioners[0].name", b -> petitioner(b).remove("name")),
                bad("blank name", "petitioners[0].name", b -> petitioner(b).put("name", "   ")),
                bad("name too long", "petitioners[0].name", b -> petitioner(b).put("name", "王".repeat(101))),
                bad("name with a right-to-left override", "petitioners[0].name", b -> petitioner(b).put("name", "王\u202E建国")),
                bad("name as a number", "petitioners[0].name", b -> petitioner(b).put("name", 42)),
                bad("ID number with a wrong check digit", "petitioners[0].idNumber", b -> petitioner(b).put("idNumber", idWrongCheck)),
                bad("ID number of 17 digits", "petitioners[0].idNumber", b -> petitioner(b).put("idNumber", idValid.substring(0, 17))),
                bad("ID number with letters", "petitioners[0].idNumber", b -> petitioner(b).put("idNumber", "3301021975O312451X")),
                bad("ID number with an impossible birth date", "petitioners[0].idNumber", b -> petitioner(b).put("idNumber", "330102197513324512")),
                bad("malformed phone", "petitioners[0].phone", b -> petitioner(b).put("phone", "12345")),
                bad("confidentiality flag as a string", "petitioners[0].confidentialityRequested", b -> petitioner(b).put("confidentialityRequested", "yes")),
                bad("no channel", "channel", b -> b.remove("channel")),
                bad("unknown channel", "channel", b -> b.put("channel", "FAX")),
                bad("no purpose", "purpose", b -> b.remove("purpose")),
                bad("purpose as a number", "purpose", b -> b.put("purpose", 5)),
                bad("no content category", "contentCategory", b -> b.remove("contentCategory")),
                bad("content category with a line break", "contentCategory", b -> b.put("contentCategory", "城乡建设\n征地")),
                bad("no request", "request", b -> b.remove("request")),
                bad("blank request", "request", b -> b.put("request", " \t ")),
                bad("request too long", "request", b -> b.put("request", "请".repeat(4001))),
                bad("empty-string request", "request", b -> b.put("request", "")),
                bad("no facts and reasons", "factsAndReasons", b -> b.remove("factsAndReasons")),
                bad("facts with a NUL character", "factsAndReasons", b -> b.put("factsAndReasons", "事实\u0000理由")),
                bad("no place of the matter", "placeOfMatter", b -> b.remove("placeOfMatter")),
                bad("place of 5 digits", "placeOfMatter", b -> b.put("placeOfMatter", "33010")),
                bad("place in no province", "placeOfMatter", b -> b.put("placeOfMatter", "990102")),
                bad("place as a number", "placeOfMatter", b -> b.put("placeOfMatter", 330102)),
                bad("place is the whole country", "placeOfMatter", b -> b.put("placeOfMatter", "000000")),
                bad("no number of people", "numberOfPeople", b -> b.remove("numberOfPeople")),
                bad("zero people", "numberOfPeople", b -> b.put("numberOfPeople", 0)),
                bad("people as a string", "numberOfPeople", b -> b.put("numberOfPeople", "3")),
                bad("people as a fraction", "numberOfPeople", b -> b.put("numberOfPeople", 2.5)),
                bad("fewer people than petitioners", "numberOfPeople", b -> {
                    b.put("petitioners", List.of(representative(1), representative(2)));
                    b.put("collective", true);
                    b.put("numberOfPeople", 1);
                }),
                bad("representative of a single petition", "petitioners", b -> petitioner(b).put("representative", true)),
                bad("collective as a string", "collective", b -> b.put("collective", "yes")),
                bad("no registering organ", "registeringOrgan", b -> b.remove("registeringOrgan")),
                bad("registering organ with a bad region", "registeringOrgan.regionCode",
                        b -> b.put("registeringOrgan", Map.of("code", "x", "name", "某局", "regionCode", "33"))),
                bad("no received-at", "receivedAt", b -> b.remove("receivedAt")),
                bad("received tomorrow", "receivedAt", b -> b.put("receivedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())),
                bad("received-at not a date", "receivedAt", b -> b.put("receivedAt", "yesterday")),
                bad("received-at as epoch seconds in a string", "receivedAt", b -> b.put("receivedAt", "1700000000")),
                bad("received-at as a number", "receivedAt", b -> b.put("receivedAt", 1700000000)),
                bad("received-at without an offset", "receivedAt", b -> b.put("receivedAt", "2026-11-21T09:12:00")),
                bad("no source system", "sourceSystem", b -> b.remove("sourceSystem")),
                bad("source system with spaces and capitals", "sourceSystem", b -> b.put("sourceSystem", "County A")),
                bad("source reference with spaces", "sourceReference", b -> b.put("sourceReference", "ref 1")),
                bad("accused target too long", "accusedTarget", b -> b.put("accusedTarget", "某".repeat(201))),
                bad("complained organs not an array", "complainedOrgans", b -> b.put("complainedOrgans", "人社局")),
                bad("six complained organs", "complainedOrgans", b -> b.put("complainedOrgans",
                        java.util.stream.IntStream.range(0, 6).mapToObj(i -> Map.of("code", "o" + i, "name", "局" + i)).toList())),
                bad("complained organ without code", "complainedOrgans[0].code",
                        b -> b.put("complainedOrgans", List.of(Map.of("name", "某局")))),
                bad("complained organ code with spaces", "complainedOrgans[0].code",
                        b -> b.put("complainedOrgans", List.of(Map.of("code", "330102 rsj", "name", "某局")))),
                bad("the same complained organ twice", "complainedOrgans[1].code", b -> b.put("complainedOrgans",
                        List.of(Map.of("code", "330102-rsj", "name", "某局"), Map.of("code", "330102-rsj", "name", "某局")))),
                bad("complained organ with a line break in its name", "complainedOrgans[0].name",
                        b -> b.put("complainedOrgans", List.of(Map.of("code", "330102-rsj", "name", "某\n局")))),
                bad("an unknown field", "priority", b -> b.put("priority", "high")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void isRefusedNamingTheField(String description, String field, Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> body = Samples.json();
        breakIt.accept(body);
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body).post("/api/v1/petitions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    static Stream<Arguments> unreadableBodies() {
        return Stream.of(
                Arguments.of("truncated JSON", "{\"channel\":"),
                Arguments.of("an array", "[]"),
                Arguments.of("a string", "\"petition\""),
                Arguments.of("null", "null"),
                Arguments.of("an empty body", ""),
                Arguments.of("duplicate keys", "{\"channel\":\"LETTER\",\"channel\":\"VISIT\"}"),
                Arguments.of("deeply nested arrays", "{\"petitioners\":" + "[".repeat(5000) + "]".repeat(5000) + "}"),
                Arguments.of("trailing garbage", "{} {}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableBodies")
    void unreadableBodiesAreProblems(String description, String body) {
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body).post("/api/v1/petitions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void aBodyOverOneMegabyteIsRefused() {
        Map<String, Object> body = Samples.json();
        body.put("factsAndReasons", "x".repeat(1_100_000));
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body).post("/api/v1/petitions")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:petition-suite:problem:body-too-large")).body("status", equalTo(413));
    }

    /** Bounds at the edge (issue 18 item 1): a NUL in a path id and a date beyond year 9999 are 400s naming them. */
    @Test
    void controlCharactersAndExpandedYearsAreRefusedNamingTheParameter() {
        given().auth().oauth2(TOKEN).urlEncodingEnabled(false).get("/api/v1/petitions/abc%00def")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("path"));
        given().auth().oauth2(TOKEN).urlEncodingEnabled(false).get("/api/v1/petitions/abc%00def/documents")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TOKEN).queryParam("receivedFrom", "+1000000000-01-01T00:00:00Z").get("/api/v1/petitions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("query.receivedFrom"));
        given().auth().oauth2(TOKEN).queryParam("region", "33\u0000").get("/api/v1/petitions")
                .then().statusCode(400).body("errors.field", hasItem("query.region"));
    }

    /** The web server's own refusals (issue 18 item 4): an overlong request target and oversized headers. */
    @Test
    void anOverlongTargetAndOversizedHeadersGetProblemsToo() {
        given().auth().oauth2(TOKEN).queryParam("region", "3".repeat(5000)).get("/api/v1/petitions")
                .then().statusCode(414).contentType("application/problem+json")
                .body("type", equalTo("urn:petition-suite:problem:uri-too-long")).body("status", equalTo(414));
        given().auth().oauth2(TOKEN).header("X-Filler", "y".repeat(25_000)).get("/api/v1/petitions")
                .then().statusCode(431).contentType("application/problem+json")
                .body("type", equalTo("urn:petition-suite:problem:headers-too-large")).body("status", equalTo(431));
        // Within the limits nothing changes.
        given().auth().oauth2(TOKEN).header("X-Filler", "y".repeat(2_000)).queryParam("size", 1).get("/api/v1/petitions")
                .then().statusCode(200);
    }

    /**
     * Numbers at the edge (issue 18 item 1): values JAX-RS answered 404 and fullwidth digits Java parses are 400s
     * naming the parameter, and a page whose offset overflows an int is refused before the query.
     */
    @ParameterizedTest(name = "{0}={1}")
    @org.junit.jupiter.params.provider.CsvSource({"page,abc", "size,1e3", "size,%EF%BC%91%EF%BC%92", "page,2147483647",
            "page,2147483648", "page,-1", "size,0", "size,101", "receivedBefore,0001-01-01T00:00:00Z"})
    void anOutOfBoundsNumberIsA400NamingIt(String name, String value) {
        given().auth().oauth2(TOKEN).urlEncodingEnabled(false).get("/api/v1/petitions?" + name + "=" + value)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("query." + name));
    }

    @Test
    void aPetitionersPositionIsAWholeNumberAndAnIdIsAUuid() {
        given().auth().oauth2(Tokens.of("admin", "330000")).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/admin/petitions/p-1/petitioners/abc/erasure")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("path.index"));
        // Ids are UUIDs as intake gave them: anything else never reaches a query.
        given().auth().oauth2(TOKEN).get("/api/v1/petitions/330102").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("path.id"));
    }

    /** A body that stops arriving (issue 18 item 4): 408 problem+json once the read timeout passes, not a 500. */
    @Test
    void aBodyThatStopsArrivingIsA408() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            String head = "POST /api/v1/petitions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"channel\":";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            // The server answers and closes the connection: read to the end.
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 408").containsIgnoringCase("content-type: application/problem+json")
                    .contains("urn:petition-suite:problem:request-timeout");
        }
    }

    @Test
    void anotherMediaTypeIsRefused() {
        given().auth().oauth2(TOKEN).contentType(ContentType.XML).body("<petition/>").post("/api/v1/petitions")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void badListParametersNameTheParameter() {
        given().auth().oauth2(TOKEN).queryParam("size", "1000").queryParam("channel", "FAX").queryParam("receivedFrom", "monday")
                .get("/api/v1/petitions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("query.size", "query.channel", "query.receivedFrom"));
    }
}
