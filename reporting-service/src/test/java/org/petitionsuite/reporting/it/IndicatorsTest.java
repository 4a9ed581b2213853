package org.petitionsuite.reporting.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.reporting.rest.OpenDataResource;
import org.petitionsuite.testkit.Tokens;
import org.petitionsuite.testkit.TopicWriter;

/**
 * The §5.1 indicators against hand-computed expectations, on the real broker and database, for this event set
 * ({@link FixedEventSet}; "first" and "second" are two months of one run):
 *
 * <pre>
 * P  channel  people first  legal channel  accepted  T1 (dept)  T4 (unit)      answer           evaluations (dept/unit)  concluded
 * 1  LETTER   1      yes    PETITION       yes       timely     timely         day 20, on time  满意 / 基本满意           first handling
 * 2  VISIT    30 集  yes    PETITION       yes       late       overdue, open  lapsed (超期未答) –                        –
 * 3  VISIT    2      repeat PETITION       yes       –          late           day 70, late     lapsed / 不满意           –
 * 4  ONLINE   1      yes    COURT          declined  timely     –              –                –                        –
 * 5  ONLINE   1      yes    PETITION       yes       timely     –              not yet (in time) –                       –
 * 6  MOBILE   1      yes    DISCIPLINE     yes       –          –              agreement day 10 lapsed / lapsed          first handling
 * 7  LETTER   1      yes    PETITION       yes       –          –              day 30, on time  –                        after review
 * 8  PHONE    1      repeat (none yet)     –         –          –              –                –                        –   (village 2)
 * </pre>
 * Organs complained about (被投诉机关): 610113-zjj by P1, P2, P3, P5, P6, P7; 610113-cg by P2; 610113-rsj by P4.
 * P1's registration is delivered twice with the same ce_id, and a record without CloudEvents headers is sent: neither
 * changes a figure.
 */
@QuarkusTest
class IndicatorsTest {
    private static final String ANALYST = Tokens.of("analyst", "610000");
    private static final FixedEventSet set = new FixedEventSet();
    private static boolean published;

    static {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));
    }

    @BeforeEach
    void publishOnce() throws Exception {
        if (published) {
            return;
        }
        published = true;
        set.publish();
        TopicWriter.send(Topics.INTAKE_EVENTS, set.p1, null, null, "{\"not\":\"a cloud event\"}");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> cohort().get("/api/v1/reporting/indicators")
                .then().statusCode(200).body("volume.items", equalTo(8)).body("overdueDuties", equalTo(1))
                .body("evaluationDepartment.lapsedUnevaluated", equalTo(2)));
    }

    private static RequestSpecification cohort() {
        return given().auth().oauth2(ANALYST).queryParam("region", set.township + "000")
                .queryParam("from", set.first.toString()).queryParam("to", set.second.plusDays(6).toString());
    }

    @Test
    void volumeInItemsBatchesAndPersons() {
        cohort().get("/api/v1/reporting/indicators").then()
                .body("volume.items", equalTo(8)).body("volume.letters", equalTo(2))
                .body("volume.visitBatches", equalTo(2)).body("volume.visitPersons", equalTo(32))
                .body("volume.collectiveVisits", equalTo(1)).body("volume.online", equalTo(4))
                .body("volume.repeats", equalTo(2)).body("volume.firstTime", equalTo(6));
    }

    @Test
    void timelyAcceptanceSeparatelyForTheDepartmentAndTheUnit() {
        cohort().get("/api/v1/reporting/indicators").then()
                // 信访部门: T1 timely P1, P4, P5; late P2 → 3/4
                .body("timelyAcceptanceDepartment.timely", equalTo(3)).body("timelyAcceptanceDepartment.late", equalTo(1))
                .body("timelyAcceptanceDepartment.rate.value", closeTo(0.75, 1e-9))
                // 责任单位: T4 timely P1; late P3; overdue and not accepted P2 → 1/3
                .body("timelyAcceptanceUnit.overdueNotAccepted", equalTo(1))
                .body("timelyAcceptanceUnit.rate.value", closeTo(1.0 / 3, 1e-9));
    }

    @Test
    void onTimeAnswersCountOverdueButUnansweredInTheDenominator() {
        cohort().get("/api/v1/reporting/indicators").then()
                .body("onTimeAnswer.onTime", equalTo(3)).body("onTimeAnswer.late", equalTo(1))
                .body("onTimeAnswer.unanswered", equalTo(1)).body("onTimeAnswer.unansweredOverdue", equalTo(1))
                .body("onTimeAnswer.rate.value", closeTo(0.5, 1e-9))
                .body("averageHandlingDays", closeTo(32.5, 1e-9)); // (20 + 70 + 10 + 30) / 4
    }

    @Test
    void satisfactionAndParticipationTellEvaluatedFromExpiredUnevaluated() {
        cohort().get("/api/v1/reporting/indicators").then()
                .body("evaluationDepartment.satisfaction.value", closeTo(1.0, 1e-9))
                .body("evaluationDepartment.participation.value", closeTo(1.0 / 3, 1e-9))
                .body("evaluationUnit.satisfaction.value", closeTo(0.5, 1e-9))
                .body("evaluationUnit.participation.value", closeTo(2.0 / 3, 1e-9))
                .body("satisfaction.value", closeTo(2.0 / 3, 1e-9))
                .body("participation.value", closeTo(0.5, 1e-9));
    }

    @Test
    void repeatsOnlineShareFirstTimeResolutionAndOtherLegalChannels() {
        cohort().get("/api/v1/reporting/indicators").then()
                .body("repeatRate.value", closeTo(0.25, 1e-9))
                .body("onlineShare.value", closeTo(0.5, 1e-9))
                .body("firstTimeResolution.numerator", equalTo(2)).body("firstTimeResolution.denominator", equalTo(3))
                .body("otherLegalChannels.numerator", equalTo(2)).body("otherLegalChannels.denominator", equalTo(7));
    }

    @Test
    void ruleOfLawIndexIsTheWeightedMeanOfItsComponents() {
        // (2.5·0.75 + 2.5·1/3 + 10·0.5 + 10·2/3 + 5·0.5) / 30 = 16.875 / 30 = 56.25 % → 56.3
        cohort().get("/api/v1/reporting/indicators").then()
                .body("ruleOfLawIndex.value", closeTo(56.3, 1e-9)).body("ruleOfLawIndex.weightsOf", equalTo("default"));
    }

    @Test
    void regionRollUpTimeSeriesAndBreakdowns() {
        cohort().queryParam("by", "region").get("/api/v1/reporting/breakdown").then().statusCode(200)
                .body("groups.find { it.key == '" + set.village(1) + "' }.items", equalTo(7))
                .body("groups.find { it.key == '" + set.village(1) + "' }.overdueDuties", equalTo(1))
                .body("groups.find { it.key == '" + set.village(2) + "' }.items", equalTo(1));
        given().auth().oauth2(ANALYST).queryParam("region", "610113").queryParam("from", set.first.toString())
                .queryParam("to", set.second.plusDays(6).toString()).queryParam("by", "region")
                .get("/api/v1/reporting/breakdown").then().statusCode(200)
                .body("groups.find { it.key == '" + set.township + "000' }.items", equalTo(8));
        cohort().queryParam("by", "channel").get("/api/v1/reporting/breakdown").then()
                .body("groups.find { it.key == 'VISIT' }.items", equalTo(2))
                .body("groups.find { it.key == 'PHONE' }.items", equalTo(1));
        cohort().queryParam("unit", "month").get("/api/v1/reporting/series").then()
                .body("points.items.sum()", equalTo(8))
                .body("points.find { it.period == '" + set.first.withDayOfMonth(1) + "' }.items", equalTo(4));
        cohort().queryParam("by", "legal-channel").queryParam("format", "csv").get("/api/v1/reporting/breakdown").then()
                .statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("key,label,items,repeats,onTimeAnswer,overdueDuties"))
                .body(containsString("COURT_PROCEDURE,,1,0,,0")); // declined: no answer rate
    }

    @Test
    void leagueTableHidesOrgansWithTooFewCases() {
        // 610113-rsj has P1, P3, P5, P7 (4 < 5): hidden like the others.
        cohort().get("/api/v1/reporting/authorities").then().statusCode(200)
                .body("minCases", equalTo(5)).body("hidden", equalTo(4)).body("authorities.size()", equalTo(0));
        cohort().queryParam("organ", "610113-rsj").get("/api/v1/reporting/indicators").then()
                .body("volume.items", equalTo(4)).body("onTimeAnswer.rate.value", closeTo(0.5, 1e-9)); // P1, P7 of 4
    }

    @Test
    void theOrgansMostComplainedAboutAreCountedOncePerPetition() {
        // zjj: 6 petitions (P1 delivered twice counts once), P3 a repeat, P2 collective; cg and rsj: 1 each, hidden.
        cohort().get("/api/v1/reporting/complained-organs").then().statusCode(200)
                .body("minCases", equalTo(5)).body("hidden", equalTo(2)).body("organs.size()", equalTo(1))
                .body("organs[0].code", equalTo("610113-zjj")).body("organs[0].name", equalTo("雁塔区住房和城乡建设局"))
                .body("organs[0].items", equalTo(6)).body("organs[0].repeats", equalTo(1))
                .body("organs[0].collective", equalTo(1));
        // The cohort's filters apply: only P2 and P3 are visits, and each names 住建局.
        cohort().queryParam("channel", "VISIT").get("/api/v1/reporting/complained-organs").then()
                .body("hidden", equalTo(2)).body("organs.size()", equalTo(0));
        String csv = cohort().queryParam("format", "csv").get("/api/v1/reporting/complained-organs").then()
                .statusCode(200).extract().asString();
        Assertions.assertThat(csv).contains("610113-zjj").doesNotContain("610113-cg");
    }

    @Test
    void openDataSuppressesSmallCellsWithoutAToken() {
        given().queryParam("region", set.township + "000").queryParam("from", set.first.toString())
                .queryParam("to", set.second.plusDays(6).toString()).queryParam("by", "channel")
                .get("/api/v1/open-data/volume").then().statusCode(200)
                .body("minCell", equalTo(10)).body("cells.suppressed", hasItems(true))
                // Small cells are not named, only folded into the one suppressed cell every table has.
                .body("cells.key", not(hasItem("VISIT")))
                .body("cells.find { it.suppressed }.key", equalTo(OpenDataResource.SUPPRESSED))
                .body("cells.find { it.suppressed }.items", nullValue())
                .body("cells.findAll { it.suppressed }.size()", equalTo(1));
    }

    @Test
    void aRebuildFromOffsetZeroGivesTheSameFigures() {
        String before = cohort().get("/api/v1/reporting/indicators").then().extract().asString();
        given().auth().oauth2(Tokens.of("admin", "000000")).post("/api/v1/admin/projection/rebuild").then().statusCode(202)
                .body("state", equalTo("REBUILDING"));
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().auth().oauth2(Tokens.of("admin", "000000"))
                .get("/api/v1/admin/projection").then().body("state", equalTo("LIVE")).body("progress", equalTo(1.0)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                Assertions.assertThat(cohort().get("/api/v1/reporting/indicators").then().extract().asString())
                        .isEqualTo(before));
    }

    @Test
    void badQueriesAreRefusedNamingEachField() {
        given().auth().oauth2(ANALYST).queryParam("from", "2026-13-01").queryParam("channel", "FAX")
                .queryParam("region", "12")
                .get("/api/v1/reporting/indicators").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("query.from", "query.channel", "query.region"));
        given().auth().oauth2(ANALYST).queryParam("by", "colour").queryParam("format", "xml")
                .get("/api/v1/reporting/breakdown").then().statusCode(400)
                .body("errors.field", hasItems("query.by", "query.format"));
        given().auth().oauth2(ANALYST).queryParam("region", "330000").get("/api/v1/reporting/indicators").then()
                .statusCode(403);
        given().get("/api/v1/reporting/indicators").then().statusCode(401);
        given().auth().oauth2(Tokens.of("registrar", "610000")).get("/api/v1/reporting/indicators").then().statusCode(403);
        given().queryParam("region", "abc").get("/api/v1/open-data/volume").then().statusCode(400)
                .body("errors.field", hasItems("query.region"));
        given().auth().oauth2(Tokens.of("admin", "000000")).post("/api/v1/admin/read-model/rebuild").then().statusCode(404);
        given().auth().oauth2(ANALYST).queryParam("x", UUID.randomUUID()).get("/api/v1/reporting/risks").then()
                .statusCode(200);
    }
}
