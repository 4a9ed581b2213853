package org.petitionsuite.intake.command;

import static org.petitionsuite.intake.command.PetitionTest.stepThenDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.AgreementKind;
import org.petitionsuite.contract.ConclusionBasis;
import org.petitionsuite.contract.DocumentType;
import org.petitionsuite.contract.EvaluationTarget;
import org.petitionsuite.contract.HandlingOutcome;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.contract.PetitionStatus;
import org.petitionsuite.contract.ReviewLevel;
import org.petitionsuite.contract.ReviewOutcome;
import org.petitionsuite.contract.Satisfaction;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.intake.api.AgreementRecorded;
import org.petitionsuite.intake.api.ClassificationNoted;
import org.petitionsuite.intake.api.Conclude;
import org.petitionsuite.intake.api.DecideAcceptance;
import org.petitionsuite.intake.api.Evaluate;
import org.petitionsuite.intake.api.Evaluated;
import org.petitionsuite.intake.api.HandlingOpinionIssued;
import org.petitionsuite.intake.api.HearingRecorded;
import org.petitionsuite.intake.api.IssueHandlingOpinion;
import org.petitionsuite.intake.api.IssueReviewOpinion;
import org.petitionsuite.intake.api.LapseLimits;
import org.petitionsuite.intake.api.LimitLapsed;
import org.petitionsuite.intake.api.NotAcceptedAgain;
import org.petitionsuite.intake.api.PetitionAccepted;
import org.petitionsuite.intake.api.PetitionConcluded;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.PetitionRegistered;
import org.petitionsuite.intake.api.RecordAgreement;
import org.petitionsuite.intake.api.RecordHearing;
import org.petitionsuite.intake.api.RegisterPetition;
import org.petitionsuite.intake.api.RepeatedMatter;
import org.petitionsuite.intake.api.RequestReview;
import org.petitionsuite.intake.api.ReviewOpinionIssued;
import org.petitionsuite.intake.api.ReviewRequested;
import org.petitionsuite.intake.api.NoteRoute;
import org.petitionsuite.intake.api.RouteNoted;
import org.petitionsuite.kit.rest.TransitionRefused;
import org.petitionsuite.limits.Step;

/**
 * The statutory procedure after acceptance, given/when/then: every transition and every window, national 2022 profile
 * (a matter in 北京市朝阳区, 110105), dates in 2025 (a verified calendar year). Each test names its article.
 */
class ProcedureTest {
    private static final String ID = "p-40";
    private static final String PLACE = "110105";
    private static final String ORGAN = "110105-rsj";
    private static final String CITY_ORGAN = "110100-rsj";
    private static final String PROVINCE_ORGAN = "110000-rsj";
    private static final String NATIONAL = "national@2022";
    private AggregateTestFixture<Petition> fixture;

    @BeforeEach
    void setUp() {
        fixture = PetitionTest.fixtureWith(RegistrationPolicy.national());
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T02:00:00Z"); // 10:00 in Beijing
    }

    private static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    private static PetitionDetails details(String place) {
        PetitionDetails d = Samples.details("ref-" + place);
        return new PetitionDetails(d.petitioners(), d.channel(), d.purpose(), d.contentCategory(), d.request(),
                d.factsAndReasons(), place, d.numberOfPeople(), d.collective(), d.accusedTarget(), d.registeringOrgan(),
                at("2025-05-06"), d.sourceSystem(), d.sourceReference(), null, null).withDefaults();
    }

    /** Registered on 6 May 2025, routed and classified onto the petition track, accepted on 7 May. */
    private static List<Object> accepted() {
        return new ArrayList<>(List.of(
                new PetitionRegistered(ID, details(PLACE), at("2025-05-06"), "registrar-1", ID),
                new RouteNoted(ID, ORGAN, "北京市朝阳区人力资源和社会保障局", "FORWARD", null, at("2025-05-06"), "ce-r", List.of()),
                new ClassificationNoted(ID, PetitionKind.APPEAL_OR_DEMAND, LegalChannel.PETITION_PROCEDURE, "条例 Art 31(六)",
                        "national@2026.1", "petition-procedure", at("2025-05-06"), "ce-c"),
                new PetitionAccepted(ID, PLACE, ORGAN, null, "条例 Art 23 ¶2–3", day("2025-05-21"), true, NATIONAL,
                        "handler-1", at("2025-05-07"), day("2025-07-07"))));
    }

    /** The handling opinion issued and served on Tuesday 3 June 2025. */
    private static List<Object> opinionIssued() {
        List<Object> events = accepted();
        events.add(new HandlingOpinionIssued(ID, PLACE, ORGAN, HandlingOutcome.NOT_SUPPORT, "f", "d", "b", day("2025-07-07"),
                true, NATIONAL, "handler-1", at("2025-06-03"), day("2025-06-03"), day("2025-07-03"), day("2025-06-18")));
        return events;
    }

    /** Review asked of the city on Friday 20 June 2025; answer due 30 days later, Sunday 20 July → Monday 21 July. */
    private static List<Object> underReview() {
        List<Object> events = opinionIssued();
        events.add(new ReviewRequested(ID, PLACE, ReviewLevel.REVIEW, CITY_ORGAN, "北京市人力资源和社会保障局",
                day("2025-06-20"), "请求复查", day("2025-07-21"), NATIONAL, "handler-2", at("2025-06-20")));
        return events;
    }

    /** The review opinion served on Thursday 10 July 2025; re-review may be asked until Saturday 9 August → Monday 11. */
    private static List<Object> reviewOpinionIssued() {
        List<Object> events = underReview();
        events.add(new ReviewOpinionIssued(ID, PLACE, ReviewLevel.REVIEW, CITY_ORGAN, ReviewOutcome.UPHOLD, "f", "d", "b",
                day("2025-07-21"), true, day("2025-07-10"), day("2025-08-11"), ID, NATIONAL, "handler-2", at("2025-07-10")));
        return events;
    }

    /** Re-review asked of the province on Tuesday 15 July 2025; answer due Thursday 14 August. */
    private static List<Object> underReReview() {
        List<Object> events = reviewOpinionIssued();
        events.add(new ReviewRequested(ID, PLACE, ReviewLevel.RE_REVIEW, PROVINCE_ORGAN, "北京市人力资源和社会保障厅",
                day("2025-07-15"), "请求复核", day("2025-08-14"), NATIONAL, "handler-3", at("2025-07-15")));
        return events;
    }

    /** Among the events, one that records its step as late ({@code timely=false}). */
    private static org.hamcrest.Matcher<List<org.axonframework.messaging.Message<?>>> recordedLate() {
        return org.axonframework.test.matchers.Matchers.payloadsMatching(
                org.axonframework.test.matchers.Matchers.listWithAnyOf(Matchers.hasToString(Matchers.containsString("timely=false"))));
    }

    private static RequestReview review(String requestedOn) {
        return new RequestReview(ID, ReviewLevel.REVIEW, CITY_ORGAN, "北京市人力资源和社会保障局", day(requestedOn), "请求复查",
                "handler-2", at(requestedOn));
    }

    private static IssueReviewOpinion reviewOpinion(ReviewLevel level, String organ, String on) {
        return new IssueReviewOpinion(ID, level, ReviewOutcome.UPHOLD, "经复查，原处理意见认定事实清楚", "维持原处理意见",
                "《信访工作条例》第三十五条", organ, "handler-2", at(on));
    }

    /** 条例 Art 23 ¶3, Art 34: an accepted petition stays with the accepting organ; the same organ's route is noted. */
    @Test
    void aRouteToAnotherOrganAfterAcceptanceIsRefused_Art23_Art34() {
        fixture.given(accepted())
                .when(new NoteRoute(ID, "110105-zjj", "北京市朝阳区住房和城乡建设委员会", "FORWARD", null, at("2025-05-08"),
                        "ce-r2", List.of()))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
        fixture.given(accepted())
                .when(new NoteRoute(ID, ORGAN, "北京市朝阳区人力资源和社会保障局", "FORWARD", null, at("2025-05-08"),
                        "ce-r3", List.of(CITY_ORGAN)))
                .expectEvents(new RouteNoted(ID, ORGAN, "北京市朝阳区人力资源和社会保障局", "FORWARD", null, at("2025-05-08"),
                        "ce-r3", List.of(CITY_ORGAN)));
    }

    @Test
    void reviewIsAskedOfTheLevelAboveWithinThirtyDaysOfService_Art35() {
        fixture.given(opinionIssued())
                .when(review("2025-06-20"))
                .expectEvents(new ReviewRequested(ID, PLACE, ReviewLevel.REVIEW, CITY_ORGAN, "北京市人力资源和社会保障局",
                        day("2025-06-20"), "请求复查", day("2025-07-21"), NATIONAL, "handler-2", at("2025-06-20")));
    }

    @Test
    void reviewAskedAfterTheWindowIsRefused_Art35() {
        fixture.given(opinionIssued())
                .when(new RequestReview(ID, ReviewLevel.REVIEW, CITY_ORGAN, "市人社局", day("2025-07-04"), null, "h", at("2025-07-04")))
                .expectNoEvents()
                .expectException(TransitionRefused.class)
                .expectExceptionMessage("复查 was asked on 2025-07-04, after the window ended on 2025-07-03");
    }

    @Test
    void reviewIsNotAskedOfTheOrganWhoseOpinionIsChallenged_Art35() {
        fixture.given(opinionIssued())
                .when(new RequestReview(ID, ReviewLevel.REVIEW, ORGAN, "区人社局", day("2025-06-20"), null, "h", at("2025-06-20")))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
    }

    /**
     * Art 35, 36 "上一级": with the route routing published the organs one and two levels above from its directory; a
     * same-level bureau of another district, or a level-above organ of another system, is refused; so is everyone
     * when the directory lists nobody above.
     */
    @Test
    void reviewAndReReviewGoToTheLevelAboveInTheDirectory_Art35_Art36() {
        List<Object> withHierarchy = opinionIssued();
        withHierarchy.set(1, new RouteNoted(ID, ORGAN, "北京市朝阳区人力资源和社会保障局", "FORWARD", null, at("2025-05-06"), "ce-r",
                List.of(), null, List.of(), List.of(CITY_ORGAN), List.of(PROVINCE_ORGAN)));
        for (String wrong : List.of("110106-rsj", "110100-zjj", PROVINCE_ORGAN)) {
            fixture.given(withHierarchy)
                    .when(new RequestReview(ID, ReviewLevel.REVIEW, wrong, "某局", day("2025-06-20"), null, "h", at("2025-06-20")))
                    .expectNoEvents()
                    .expectException(TransitionRefused.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("one of " + CITY_ORGAN));
        }
        fixture.given(withHierarchy)
                .when(new RequestReview(ID, ReviewLevel.REVIEW, CITY_ORGAN, "北京市人力资源和社会保障局", day("2025-06-20"), "请求复查",
                        "handler-2", at("2025-06-20")))
                .expectSuccessfulHandlerExecution();
        List<Object> reviewed = reviewOpinionIssued();
        reviewed.set(1, withHierarchy.get(1));
        fixture.given(reviewed)
                .when(new RequestReview(ID, ReviewLevel.RE_REVIEW, "110100-zjj", "某局", day("2025-07-15"), null, "h", at("2025-07-15")))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
        List<Object> nobodyAbove = opinionIssued();
        nobodyAbove.set(1, new RouteNoted(ID, ORGAN, "北京市朝阳区人力资源和社会保障局", "FORWARD", null, at("2025-05-06"), "ce-r",
                List.of(), null, List.of(), List.of(), List.of()));
        fixture.given(nobodyAbove)
                .when(new RequestReview(ID, ReviewLevel.REVIEW, CITY_ORGAN, "市人社局", day("2025-06-20"), null, "h", at("2025-06-20")))
                .expectNoEvents()
                .expectException(TransitionRefused.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("lists no organ there"));
    }

    @Test
    void noOrganTheMatterAccusesReviewsOrReReviewsIt_Art30_3() {
        List<Object> accusing = opinionIssued();
        accusing.set(1, new RouteNoted(ID, ORGAN, "北京市朝阳区人力资源和社会保障局", "FORWARD", null, at("2025-05-06"), "ce-r",
                List.of(CITY_ORGAN)));
        fixture.given(accusing)
                .when(review("2025-06-20"))
                .expectNoEvents()
                .expectException(TransitionRefused.class)
                .expectExceptionMessage("the matter accuses " + CITY_ORGAN + ": it may not review or re-review it");
    }

    @Test
    void reviewCannotBeAskedBeforeAHandlingOpinion_Art35() {
        fixture.given(accepted())
                .when(review("2025-06-20"))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
    }

    @Test
    void theLastDayOfTheReviewWindowCountsAndTheDayAfterLapsesIt_Art35() {
        fixture.given(opinionIssued())
                .when(new LapseLimits(ID, day("2025-06-18")))
                .expectNoEvents();
        // On 4 July both the review window (3 July) and the evaluation window (18 June) have ended.
        fixture.given(opinionIssued())
                .when(new LapseLimits(ID, day("2025-07-04")))
                .expectEvents(
                        new LimitLapsed(ID, PLACE, Step.REVIEW_REQUEST, day("2025-07-03"),
                                PetitionStatus.REVIEW_NOT_REQUESTED_IN_TIME, null, day("2025-07-04")),
                        new LimitLapsed(ID, PLACE, Step.EVALUATION, day("2025-06-18"), null,
                                List.of(EvaluationTarget.PETITION_DEPARTMENT, EvaluationTarget.RESPONSIBLE_UNIT), day("2025-07-04")));
    }

    @Test
    void aLapseIsNotedOnce_Art35() {
        List<Object> lapsed = opinionIssued();
        lapsed.add(new LimitLapsed(ID, PLACE, Step.REVIEW_REQUEST, day("2025-07-03"), PetitionStatus.REVIEW_NOT_REQUESTED_IN_TIME,
                null, day("2025-07-04")));
        lapsed.add(new LimitLapsed(ID, PLACE, Step.EVALUATION, day("2025-06-18"), null, List.of(), day("2025-07-04")));
        fixture.given(lapsed)
                .when(new LapseLimits(ID, day("2025-07-10")))
                .expectNoEvents();
    }

    @Test
    void aRequestReceivedInTimeIsTakenEvenIfRecordedAfterTheLapse_Art35() {
        List<Object> lapsed = opinionIssued();
        lapsed.add(new LimitLapsed(ID, PLACE, Step.REVIEW_REQUEST, day("2025-07-03"), PetitionStatus.REVIEW_NOT_REQUESTED_IN_TIME,
                null, day("2025-07-04")));
        fixture.given(lapsed)
                .when(new RequestReview(ID, ReviewLevel.REVIEW, CITY_ORGAN, "市人社局", day("2025-07-03"), null, "h", at("2025-07-07")))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(Matchers.instanceOf(ReviewRequested.class))));
    }

    @Test
    void theReviewOpinionOpensTheReReviewWindow_Art35_Art36() {
        fixture.given(underReview())
                .when(reviewOpinion(ReviewLevel.REVIEW, CITY_ORGAN, "2025-07-10"))
                .expectEventsMatching(stepThenDocument(DocumentType.REVIEW_OPINION, new ReviewOpinionIssued(ID, PLACE,
                        ReviewLevel.REVIEW, CITY_ORGAN, ReviewOutcome.UPHOLD, "经复查，原处理意见认定事实清楚", "维持原处理意见",
                        "《信访工作条例》第三十五条", day("2025-07-21"), true, day("2025-07-10"), day("2025-08-11"), ID, NATIONAL,
                        "handler-2", at("2025-07-10"))));
    }

    @Test
    void aReviewOpinionPastItsLimitMakesItOverdueAndIsStillIssuedLate_Art35() {
        fixture.given(underReview())
                .when(new LapseLimits(ID, day("2025-07-22")))
                .expectEvents(new LimitLapsed(ID, PLACE, Step.REVIEW_ANSWER, day("2025-07-21"),
                        PetitionStatus.REVIEW_OPINION_OVERDUE, null, day("2025-07-22")),
                        new LimitLapsed(ID, PLACE, Step.EVALUATION, day("2025-06-18"), null,
                                List.of(EvaluationTarget.PETITION_DEPARTMENT, EvaluationTarget.RESPONSIBLE_UNIT), day("2025-07-22")));
        List<Object> overdue = underReview();
        overdue.add(new LimitLapsed(ID, PLACE, Step.REVIEW_ANSWER, day("2025-07-21"), PetitionStatus.REVIEW_OPINION_OVERDUE, null,
                day("2025-07-22")));
        fixture.given(overdue)
                .when(reviewOpinion(ReviewLevel.REVIEW, CITY_ORGAN, "2025-07-25"))
                .expectEventsMatching(recordedLate());
    }

    @Test
    void reReviewIsAskedOfTheLevelAboveTheReviewOrganWithinThirtyDays_Art36() {
        fixture.given(reviewOpinionIssued())
                .when(new RequestReview(ID, ReviewLevel.RE_REVIEW, CITY_ORGAN, "市人社局", day("2025-07-15"), null, "h", at("2025-07-15")))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
        fixture.given(reviewOpinionIssued())
                .when(new RequestReview(ID, ReviewLevel.RE_REVIEW, PROVINCE_ORGAN, "北京市人力资源和社会保障厅", day("2025-08-12"),
                        null, "h", at("2025-08-12")))
                .expectNoEvents()
                .expectExceptionMessage("复核 was asked on 2025-08-12, after the window ended on 2025-08-11");
        fixture.given(reviewOpinionIssued())
                .when(new RequestReview(ID, ReviewLevel.RE_REVIEW, PROVINCE_ORGAN, "北京市人力资源和社会保障厅", day("2025-07-15"),
                        "请求复核", "handler-3", at("2025-07-15")))
                .expectEvents(underReReview().get(underReReview().size() - 1));
    }

    /** The hearing, then its record (听证记录) from the organ that held it, with the fact {@code says}. */
    private static org.hamcrest.Matcher<List<org.axonframework.messaging.Message<?>>> hearingAndItsRecord(
            HearingRecorded hearing, String says) {
        return org.axonframework.test.matchers.Matchers.payloadsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                org.hamcrest.Matchers.equalTo(hearing),
                org.hamcrest.Matchers.<Object>both(org.hamcrest.Matchers.instanceOf(org.petitionsuite.intake.api.DocumentIssued.class))
                        .and(org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("HEARING_RECORD"),
                                org.hamcrest.Matchers.containsString(says)))),
                org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void hearingDaysDuringReReviewAreNotCounted_Art36_2() {
        // Five hearing days (21–25 July) move the answer from 14 to 19 August.
        fixture.given(underReReview())
                .when(new RecordHearing(ID, day("2025-07-21"), day("2025-07-25"), "公开听证", "handler-3", at("2025-07-28")))
                .expectEventsMatching(hearingAndItsRecord(new HearingRecorded(ID, PLACE, "RE_REVIEW", day("2025-07-21"),
                        day("2025-07-25"), "公开听证", day("2025-08-19"), PetitionStatus.UNDER_RE_REVIEW, "handler-3",
                        at("2025-07-28")), "answerDue=2025年8月19日"));
    }

    @Test
    void aHearingDuringHandlingIsRecordedWithoutMovingTheLimit_Art31() {
        fixture.given(accepted())
                .when(new RecordHearing(ID, day("2025-05-20"), day("2025-05-20"), null, "handler-1", at("2025-05-21")))
                .expectEventsMatching(hearingAndItsRecord(new HearingRecorded(ID, PLACE, "HANDLING", day("2025-05-20"),
                        day("2025-05-20"), null, day("2025-07-07"), PetitionStatus.ACCEPTED, "handler-1", at("2025-05-21")),
                        "hearingDays=2025年5月20日"));
        fixture.given(opinionIssued())
                .when(new RecordHearing(ID, day("2025-06-05"), day("2025-06-05"), null, "handler-1", at("2025-06-06")))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
        fixture.given(accepted())
                .when(new RecordHearing(ID, day("2025-05-20"), day("2025-05-30"), null, "handler-1", at("2025-05-21")))
                .expectNoEvents()
                .expectException(InvalidStepException.class);
    }

    @Test
    void theReReviewOpinionClosesTheMatterAndThePetitionMayBeConcluded_Art36_3() {
        List<Object> issued = underReReview();
        fixture.given(issued)
                .when(reviewOpinion(ReviewLevel.RE_REVIEW, PROVINCE_ORGAN, "2025-08-01"))
                .expectEventsMatching(stepThenDocument(DocumentType.RE_REVIEW_OPINION, new ReviewOpinionIssued(ID, PLACE,
                        ReviewLevel.RE_REVIEW, PROVINCE_ORGAN, ReviewOutcome.UPHOLD, "经复查，原处理意见认定事实清楚", "维持原处理意见",
                        "《信访工作条例》第三十五条", day("2025-08-14"), true, day("2025-08-01"), null, ID, NATIONAL, "handler-2",
                        at("2025-08-01"))));
        issued.add(new ReviewOpinionIssued(ID, PLACE, ReviewLevel.RE_REVIEW, PROVINCE_ORGAN, ReviewOutcome.UPHOLD, "f", "d", "b",
                day("2025-08-14"), true, day("2025-08-01"), null, ID, NATIONAL, "handler-3", at("2025-08-01")));
        fixture.given(issued)
                .when(new Conclude(ID, "复核终结", "supervisor-1", at("2025-08-04")))
                .expectEvents(new PetitionConcluded(ID, PLACE, ConclusionBasis.RE_REVIEW_OPINION, ID, true, "复核终结",
                        "supervisor-1", at("2025-08-04")));
        fixture.given(issued)
                .when(new LapseLimits(ID, day("2025-12-31")))
                .expectEvents(new LimitLapsed(ID, PLACE, Step.EVALUATION, day("2025-06-18"), null,
                        List.of(EvaluationTarget.PETITION_DEPARTMENT, EvaluationTarget.RESPONSIBLE_UNIT), day("2025-12-31")));
    }

    @Test
    void aReviewOpinionWithoutAReviewUnderWayIsRefused_Art35_Art36() {
        fixture.given(opinionIssued())
                .when(reviewOpinion(ReviewLevel.REVIEW, CITY_ORGAN, "2025-06-10"))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
        fixture.given(underReview())
                .when(reviewOpinion(ReviewLevel.RE_REVIEW, PROVINCE_ORGAN, "2025-06-25"))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
    }

    @Test
    void concludingWhileTheReviewWindowIsOpenIsRefusedAndAllowedOnceItLapsed_Art35() {
        fixture.given(opinionIssued())
                .when(new Conclude(ID, null, "supervisor-1", at("2025-06-10")))
                .expectNoEvents()
                .expectException(TransitionRefused.class)
                .expectExceptionMessage(Matchers.containsString("the petitioner may ask for review until 2025-07-03"));
        List<Object> lapsed = opinionIssued();
        lapsed.add(new LimitLapsed(ID, PLACE, Step.REVIEW_REQUEST, day("2025-07-03"), PetitionStatus.REVIEW_NOT_REQUESTED_IN_TIME,
                null, day("2025-07-04")));
        fixture.given(lapsed)
                .when(new Conclude(ID, null, "supervisor-1", at("2025-07-04")))
                .expectEvents(new PetitionConcluded(ID, PLACE, ConclusionBasis.NO_REVIEW_REQUESTED, ID, true, null,
                        "supervisor-1", at("2025-07-04")));
    }

    @Test
    void theHandlingLimitLapsesIntoOpinionOverdueAndALateOpinionIsNotTimely_Art34() {
        fixture.given(accepted())
                .when(new LapseLimits(ID, day("2025-07-08")))
                .expectEvents(new LimitLapsed(ID, PLACE, Step.HANDLING, day("2025-07-07"), PetitionStatus.OPINION_OVERDUE, null,
                        day("2025-07-08")));
        List<Object> overdue = accepted();
        overdue.add(new LimitLapsed(ID, PLACE, Step.HANDLING, day("2025-07-07"), PetitionStatus.OPINION_OVERDUE, null, day("2025-07-08")));
        fixture.given(overdue)
                .when(new IssueHandlingOpinion(ID, HandlingOutcome.EXPLAIN, "f", "d", "b", ORGAN, "handler-1", at("2025-07-10")))
                .expectEventsMatching(recordedLate());
    }

    @Test
    void eachTargetIsEvaluatedOnceWithinTheWindow_evaluation() {
        Evaluate department = new Evaluate(ID, EvaluationTarget.PETITION_DEPARTMENT, Satisfaction.BASICALLY_SATISFIED, "及时", "county-a",
                at("2025-06-10"));
        fixture.given(accepted())
                .when(department)
                .expectNoEvents()
                .expectException(TransitionRefused.class);
        fixture.given(opinionIssued())
                .when(department)
                .expectEvents(new Evaluated(ID, PLACE, EvaluationTarget.PETITION_DEPARTMENT, Satisfaction.BASICALLY_SATISFIED,
                        "及时", "330102-xfj", day("2025-06-18"), "county-a", at("2025-06-10")));
        List<Object> evaluated = opinionIssued();
        evaluated.add(new Evaluated(ID, PLACE, EvaluationTarget.PETITION_DEPARTMENT, Satisfaction.SATISFIED, null, "330102-xfj",
                day("2025-06-18"), "county-a", at("2025-06-10")));
        fixture.given(evaluated)
                .when(department)
                .expectNoEvents()
                .expectException(TransitionRefused.class);
        fixture.given(evaluated)
                .when(new Evaluate(ID, EvaluationTarget.RESPONSIBLE_UNIT, Satisfaction.DISSATISFIED, null, "county-a", at("2025-06-19")))
                .expectNoEvents()
                .expectExceptionMessage(Matchers.containsString("the evaluation window ended on 2025-06-18"));
        // After one target was evaluated, only the other lapses (超期未评价).
        fixture.given(evaluated)
                .when(new LapseLimits(ID, day("2025-06-19")))
                .expectEvents(new LimitLapsed(ID, PLACE, Step.EVALUATION, day("2025-06-18"), null,
                        List.of(EvaluationTarget.RESPONSIBLE_UNIT), day("2025-06-19")));
    }

    @Test
    void anAgreementResolvesTheMatterWithoutAnOpinion_Art33() {
        RecordAgreement agreement = new RecordAgreement(ID, AgreementKind.MEDIATION, "公司于6月30日前一次性支付拖欠工资", day("2025-06-02"),
                ORGAN, "handler-1", at("2025-06-02"));
        fixture.given(accepted())
                .when(agreement)
                .expectEventsMatching(stepThenDocument(DocumentType.AGREEMENT, new AgreementRecorded(ID, PLACE, ORGAN,
                        AgreementKind.MEDIATION, "公司于6月30日前一次性支付拖欠工资", day("2025-06-02"), day("2025-07-07"), true,
                        day("2025-06-17"), "handler-1", at("2025-06-02"))));
        List<Object> agreed = accepted();
        agreed.add(new AgreementRecorded(ID, PLACE, ORGAN, AgreementKind.MEDIATION, "t", day("2025-06-02"), day("2025-07-07"), true,
                day("2025-06-17"), "handler-1", at("2025-06-02")));
        fixture.given(agreed)
                .when(new IssueHandlingOpinion(ID, HandlingOutcome.SUPPORT, "f", "d", "b", ORGAN, "handler-1", at("2025-06-03")))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
        fixture.given(agreed)
                .when(new LapseLimits(ID, day("2025-07-08")))
                .expectEvents(new LimitLapsed(ID, PLACE, Step.EVALUATION, day("2025-06-17"), null,
                        List.of(EvaluationTarget.PETITION_DEPARTMENT, EvaluationTarget.RESPONSIBLE_UNIT), day("2025-07-08")));
        fixture.given(agreed)
                .when(new Conclude(ID, null, "supervisor-1", at("2025-06-03")))
                .expectEvents(new PetitionConcluded(ID, PLACE, ConclusionBasis.AGREEMENT, ID, true, null, "supervisor-1", at("2025-06-03")));
    }

    @Test
    void mediationIsForAppealOrDemandMattersOnly_Art33() {
        List<Object> suggestion = accepted();
        suggestion.set(2, new ClassificationNoted(ID, PetitionKind.SUGGESTION, LegalChannel.PETITION_PROCEDURE,
                "条例 Art 29", "national@2026.1", "suggestion", at("2025-05-06"), "ce-c"));
        fixture.given(suggestion)
                .when(new RecordAgreement(ID, AgreementKind.SETTLEMENT, "t", null, ORGAN, "handler-1", at("2025-06-02")))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
    }

    @Test
    void theSameMatterAfterReReviewIsRegisteredButNotAcceptedAgain_Art36_3() {
        PetitionDetails again = details(PLACE);
        again = new PetitionDetails(again.petitioners(), again.channel(), again.purpose(), again.contentCategory(), again.request(),
                again.factsAndReasons(), PLACE, 1, false, null, again.registeringOrgan(), at("2025-09-01"), "county-a",
                "ref-again", ID, null);
        fixture.givenNoPriorActivity()
                .when(new RegisterPetition("p-41", again, at("2025-09-01"), "registrar-1", new RepeatedMatter(ID, ID)))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                Matchers.equalTo(new PetitionRegistered("p-41", again.withDefaults(), at("2025-09-01"), "registrar-1", ID)),
                                Matchers.equalTo(new NotAcceptedAgain("p-41", PLACE, ID, ID, "条例 Art 36 ¶3", at("2025-09-01"))),
                                Matchers.hasToString(Matchers.containsString("type=NOT_ACCEPTED_AGAIN_NOTICE")),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
        fixture.given(new PetitionRegistered("p-41", again.withDefaults(), at("2025-09-01"), "registrar-1", ID),
                        new NotAcceptedAgain("p-41", PLACE, ID, ID, "条例 Art 36 ¶3", at("2025-09-01")),
                        new RouteNoted("p-41", ORGAN, "区人社局", "FORWARD", null, at("2025-09-01"), "ce-r2", List.of()))
                .when(new DecideAcceptance("p-41", true, null, null, null, ORGAN, "handler-1", at("2025-09-02")))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
        // A repeat whose matter is not re-reviewed joins the matter and is not a first petition.
        setUp();
        fixture.givenNoPriorActivity()
                .when(new RegisterPetition("p-42", again, at("2025-09-01"), "registrar-1", new RepeatedMatter(ID, null)))
                .expectEvents(new PetitionRegistered("p-42", again.withDefaults(), at("2025-09-01"), "registrar-1", ID));
    }

    @Test
    void aRepeatOfAnUnknownPetitionIsRefused() {
        PetitionDetails d = details(PLACE);
        PetitionDetails repeat = new PetitionDetails(d.petitioners(), d.channel(), d.purpose(), d.contentCategory(), d.request(),
                d.factsAndReasons(), PLACE, 1, false, null, d.registeringOrgan(), at("2025-09-01"), "county-a", "ref-x", "no-such", null);
        fixture.givenNoPriorActivity()
                .when(new RegisterPetition("p-43", repeat, at("2025-09-01"), "registrar-1", null))
                .expectNoEvents()
                .expectException(InvalidRegistrationException.class);
    }

    @Test
    void theSameCaseUnderTheZhejiangProfileYieldsZhejiangLimits_profile() {
        // National 2022: notice 15 days, handling 60. Zhejiang 2016: notice 5 working days, handling 30 (§1.2).
        List<Object> national = new ArrayList<>(accepted().subList(0, 3));
        List<Object> zhejiang = new ArrayList<>(national);
        zhejiang.set(0, new PetitionRegistered(ID, details("330102"), at("2025-05-06"), "registrar-1", ID));
        DecideAcceptance accept = new DecideAcceptance(ID, true, null, null, null, ORGAN, "handler-1", at("2025-05-07"));
        fixture.given(national).when(accept).expectEventsMatching(stepThenDocument(DocumentType.ACCEPTANCE_NOTICE,
                new PetitionAccepted(ID, PLACE, ORGAN, null, "条例 Art 23 ¶2–3", day("2025-05-21"), true, NATIONAL, "handler-1",
                        at("2025-05-07"), day("2025-07-07"))));
        fixture.given(zhejiang).when(accept).expectEventsMatching(stepThenDocument(DocumentType.ACCEPTANCE_NOTICE,
                new PetitionAccepted(ID, "330102", ORGAN, null, "浙江省信访条例 Art 20", day("2025-05-13"), true, "zhejiang@2016",
                        "handler-1", at("2025-05-07"), day("2025-06-06"))));
    }
}
