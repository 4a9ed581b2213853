package org.petitionsuite.supervision.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.petitionsuite.supervision.command.History.of;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.contract.EvaluationTarget;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.HandlingOutcome;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.contract.ReviewLevel;
import org.petitionsuite.contract.ReviewOutcome;
import org.petitionsuite.contract.Satisfaction;
import org.petitionsuite.contract.intake.EvaluatedV1;
import org.petitionsuite.contract.intake.HandlingExtendedV1;
import org.petitionsuite.contract.intake.HandlingOpinionIssuedV1;
import org.petitionsuite.contract.intake.HearingRecordedV1;
import org.petitionsuite.contract.intake.PetitionAcceptanceDecidedV1;
import org.petitionsuite.contract.intake.PetitionRegisteredV1;
import org.petitionsuite.contract.intake.ReviewOpinionIssuedV1;
import org.petitionsuite.contract.intake.ReviewRequestedV1;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.contract.routing.RoutingObjectedV1;
import org.petitionsuite.contract.supervision.DeadlineApproachingV1;
import org.petitionsuite.contract.supervision.DeadlineBreachedV1;
import org.petitionsuite.contract.supervision.DeadlineMetV1;
import org.petitionsuite.contract.supervision.DefectRecordedV1;
import org.petitionsuite.limits.LimitProfiles;
import org.petitionsuite.limits.WorkingDayCalendar;
import org.petitionsuite.supervision.api.CheckDeadlines;
import org.petitionsuite.supervision.api.ClockStarted;
import org.petitionsuite.supervision.api.ClockStopped;
import org.petitionsuite.supervision.api.Observe;
import org.petitionsuite.supervision.api.SupervisionFound;
import org.petitionsuite.supervision.clock.ClockStep;
import org.petitionsuite.supervision.clock.Deadlines;
import org.petitionsuite.supervision.clock.Thresholds;

/**
 * Every clock rule of petition-rules.md §1.1 on a fixed clock: the article is in each test's name. Beijing (110105)
 * runs on the national 2022 profile; the calendar is the shipped one (2026: National Day 1–7 October, Saturday
 * 10 October a working day).
 */
class CaseClocksTest {
    private static final String P = "5d2b4a52-1b8e-4c53-9d4a-0e1f7f5c2a11";
    private static final String BEIJING = "110105";
    private static final String PROVINCE_DEPT = "110000-xfj";
    private static final String DISTRICT_BUREAU = "110105-rsj";
    private static final Thresholds THRESHOLDS = new Thresholds(3, Map.of(ClockStep.HANDLING, 7), 1, 5);

    private AggregateTestFixture<CaseClocks> fixture;
    private History history;
    private boolean actionOnThePetition;
    private int sourceSeq;

    @BeforeEach
    void setUp() {
        // 2027 as the shipped configuration has it (limits.calendar.weekdays-only-years): handling limits started in
        // November 2026 end there.
        fixture = fixtureWith(WorkingDayCalendar.china().withWeekdaysOnly(List.of(2027)));
        history = new History(fixture);
    }

    private AggregateTestFixture<CaseClocks> fixtureWith(WorkingDayCalendar calendar) {
        AggregateTestFixture<CaseClocks> f = new AggregateTestFixture<>(CaseClocks.class);
        f.registerInjectableResource(new Deadlines(LimitProfiles.shipped(), calendar));
        f.registerInjectableResource(THRESHOLDS);
        f.registerInjectableResource((CaseActions) petitionId -> actionOnThePetition);
        return f;
    }

    /** 10:00 Beijing time on {@code day}. */
    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(10, 0).atZone(WorkingDayCalendar.ZONE).toInstant();
    }

    private Observe observe(EventType type, Object data) {
        return new Observe(P, "ce-" + (++sourceSeq), type, data, Instant.parse("2026-12-31T00:00:00Z"));
    }

    private List<Object> registered(String receivedOn, String registeredOn) {
        return history.when(observe(EventType.PETITION_REGISTERED_V1, new PetitionRegisteredV1(P, at(registeredOn),
                at(receivedOn), Channel.LETTER, Purpose.SEEK_RESOLUTION, "劳动和社会保障_工资拖欠", "请求支付工资", "见请求",
                BEIJING, 1, false, List.of(), null, new PetitionRegisteredV1.Organ(PROVINCE_DEPT, "北京市信访办", "110000"),
                "test", null, P, true, List.of())));
    }

    private List<Object> routed(String organ, String day, String mode, Integer reportWithinDays) {
        return history.when(observe(EventType.PETITION_ROUTED_V1, new PetitionRoutedV1(P, BEIJING, organ, "某局",
                "COUNTY", BEIJING, mode, reportWithinDays, "dir-1", "条例 Art 22 ¶1", "有处理权", List.of(), at(day), java.util.List.of())));
    }

    /** A route as routing publishes it now: with its flags and the organ's notice and objection days. */
    private List<Object> routed(String organ, String day, String article, List<String> flags, String noticeDue,
                                String objectionDue) {
        return history.when(observe(EventType.PETITION_ROUTED_V1, new PetitionRoutedV1(P, BEIJING, organ, "某机关",
                "COUNTY", BEIJING, "FORWARD", null, "dir-1", article, "有处理权", flags, at(day), List.of(),
                noticeDue == null ? null : LocalDate.parse(noticeDue), LocalDate.parse(objectionDue))));
    }

    /** An acceptance as intake publishes it now: routing's notice day, and its own handling day and limit. */
    private List<Object> accepted(String organ, String day, String noticeDue, String handlingDue, boolean handlingLimit) {
        return history.when(observe(EventType.PETITION_ACCEPTED_V1, new PetitionAcceptanceDecidedV1(P, BEIJING, organ,
                null, null, "条例 Art 23", LocalDate.parse(noticeDue), true, "national@2022", at(day),
                handlingDue == null ? null : LocalDate.parse(handlingDue), handlingLimit)));
    }

    private List<Object> accepted(String organ, String day) {
        return history.when(observe(EventType.PETITION_ACCEPTED_V1, new PetitionAcceptanceDecidedV1(P, BEIJING, organ,
                null, null, "条例 Art 23", null, true, "national@2022", at(day))));
    }

    private List<Object> check(String day) {
        return history.when(new CheckDeadlines(P, LocalDate.parse(day), at(day)));
    }

    @Test
    void forwardingWithin15DaysIsMetAndChargedToTheRegisteringDepartment_Art22() {
        List<Object> started = registered("2026-11-02", "2026-11-02");
        assertThat(of(ClockStarted.class, started)).singleElement()
                .satisfies(c -> {
                    assertThat(c.step()).isEqualTo(ClockStep.FORWARD_OR_ASSIGN);
                    assertThat(c.organCode()).isEqualTo(PROVINCE_DEPT);
                    assertThat(c.startDay()).isEqualTo(LocalDate.parse("2026-11-02"));
                });
        List<Object> routing = routed(DISTRICT_BUREAU, "2026-11-17", "FORWARD", null);
        // 15 days from 2 November: the last day is 17 November.
        assertThat(of(DeadlineMetV1.class, routing)).singleElement().satisfies(m -> {
            assertThat(m.step()).isEqualTo("FORWARD_OR_ASSIGN");
            assertThat(m.due()).isEqualTo(LocalDate.parse("2026-11-17"));
            assertThat(m.timely()).isTrue();
            assertThat(m.article()).isEqualTo("条例 Art 22 ¶1");
        });
        assertThat(of(ClockStarted.class, routing)).extracting(ClockStarted::step, ClockStarted::organCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ClockStep.ACCEPTANCE_NOTICE, DISTRICT_BUREAU),
                        org.assertj.core.groups.Tuple.tuple(ClockStep.OBJECTION, DISTRICT_BUREAU));
    }

    @Test
    void theAccusedOrgansAreNotedOnceEvenWhenRoutingsRecordComesFirst_Art30_3() {
        List<Object> first = history.when(observe(EventType.PETITION_ROUTED_V1, new PetitionRoutedV1(P, BEIJING, "110000-jw",
                "北京市纪委监委", "PROVINCE", "110000", "FORWARD", null, "dir-1", "条例 Art 30 ¶3", "上一级",
                List.of("ACCUSED_ORGAN_EXCLUDED"), at("2026-11-03"), List.of("110105-jw"))));
        assertThat(of(org.petitionsuite.supervision.api.AccusationNoted.class, first)).singleElement()
                .satisfies(n -> assertThat(n.accusedOrgans()).containsExactly("110105-jw"));
        List<Object> again = history.when(observe(EventType.PETITION_ROUTED_V1, new PetitionRoutedV1(P, BEIJING, "110000-jw",
                "北京市纪委监委", "PROVINCE", "110000", "FORWARD", null, "dir-1", "条例 Art 30 ¶3", "上一级",
                List.of("ACCUSED_ORGAN_EXCLUDED"), at("2026-11-04"), List.of("110105-jw"))));
        assertThat(of(org.petitionsuite.supervision.api.AccusationNoted.class, again)).isEmpty();
    }

    @Test
    void aLateAcceptanceNoticeIsChargedToTheReceivingOrganOnlyNeverToTheProvince_Art23And44() {
        registered("2026-11-02", "2026-11-02");
        routed(DISTRICT_BUREAU, "2026-11-03", "FORWARD", null);
        // 15 days from 3 November end on 18 November; on the 18th nothing is late yet, on the 19th it is.
        assertThat(of(DeadlineBreachedV1.class, check("2026-11-18"))).isEmpty();
        List<Object> late = check("2026-11-19");
        assertThat(of(DeadlineBreachedV1.class, late)).singleElement().satisfies(b -> {
            assertThat(b.step()).isEqualTo("ACCEPTANCE_NOTICE");
            assertThat(b.organCode()).isEqualTo(DISTRICT_BUREAU);
            assertThat(b.due()).isEqualTo(LocalDate.parse("2026-11-18"));
        });
        assertThat(of(DefectRecordedV1.class, late)).extracting(DefectRecordedV1::defect, DefectRecordedV1::organCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ACCEPTANCE_NOT_NOTIFIED_IN_TIME", DISTRICT_BUREAU));
        // Once only: the next sweep finds the breach decided.
        assertThat(check("2026-11-20")).isEmpty();
        // The late notice meets the clock late, for the bureau.
        assertThat(of(DeadlineMetV1.class, accepted(DISTRICT_BUREAU, "2026-11-21"))).singleElement()
                .satisfies(m -> {
                    assertThat(m.timely()).isFalse();
                    assertThat(m.organCode()).isEqualTo(DISTRICT_BUREAU);
                });
    }

    @Test
    void theObjectionWindowCountsWorkingDaysAcrossNationalDayAndItsAdjustedWorkingDay_Art23() {
        Deadlines deadlines = new Deadlines(LimitProfiles.shipped(), WorkingDayCalendar.china());
        // Received 30 September: 1–7 October are holidays, 8 and 9 October the 1st and 2nd working days, Saturday
        // 10 October the 3rd (调休), Sunday 11 October is not counted, then 12 and 13 October.
        assertThat(deadlines.due(ClockStep.OBJECTION, BEIJING, LocalDate.parse("2026-09-30"), null, 0, List.of()).day())
                .isEqualTo(LocalDate.parse("2026-10-13"));
        registered("2026-09-29", "2026-09-29");
        routed(DISTRICT_BUREAU, "2026-09-30", "FORWARD", null);
        List<Object> objected = history.when(observe(EventType.ROUTING_OBJECTED_V1, new RoutingObjectedV1(P,
                DISTRICT_BUREAU, "不属本局职能", LocalDate.parse("2026-09-30"), LocalDate.parse("2026-10-13"), at("2026-10-13"))));
        // A timely objection ends the bureau's clocks without fault: no met duty, nothing to breach.
        assertThat(of(ClockStopped.class, objected)).extracting(ClockStopped::outcome)
                .containsExactly(ClockStopped.Outcome.DONE, ClockStopped.Outcome.CANCELLED);
        assertThat(of(DeadlineMetV1.class, objected)).isEmpty();
        assertThat(check("2026-12-01")).isEmpty();
    }

    @Test
    void aCalendarDayPeriodEndingOnAHolidayRunsToTheNextWorkingDay() {
        Deadlines deadlines = new Deadlines(LimitProfiles.shipped(), WorkingDayCalendar.china());
        // 15 days from 16 September end on 1 October, a holiday: the limit runs to 8 October, the first working day
        // after National Day [U: 民法典 Art 203 by analogy].
        assertThat(deadlines.due(ClockStep.FORWARD_OR_ASSIGN, BEIJING, LocalDate.parse("2026-09-16"), null, 0, List.of()).day())
                .isEqualTo(LocalDate.parse("2026-10-08"));
    }

    @Test
    void handlingRuns60DaysFromAcceptancePlusTheApprovedExtension_Art34() {
        registered("2026-01-05", "2026-01-05");
        routed(DISTRICT_BUREAU, "2026-01-06", "FORWARD", null);
        accepted(DISTRICT_BUREAU, "2026-01-07");
        // 60 days from 7 January: 8 March (a Sunday) runs to Monday 9 March.
        assertThat(of(DeadlineApproachingV1.class, check("2026-03-02"))).singleElement()
                .satisfies(w -> assertThat(w.due()).isEqualTo(LocalDate.parse("2026-03-09")));
        history.when(observe(EventType.HANDLING_EXTENDED_V1, new HandlingExtendedV1(P, BEIJING, 30, 30,
                LocalDate.parse("2026-04-07"), "案情复杂", "局长", at("2026-03-05"))));
        // Extended by 30 days: 90 days from 7 January is 7 April; no breach on 10 March.
        assertThat(of(DeadlineBreachedV1.class, check("2026-03-10"))).isEmpty();
        assertThat(of(DeadlineBreachedV1.class, check("2026-04-08"))).singleElement()
                .satisfies(b -> assertThat(b.due()).isEqualTo(LocalDate.parse("2026-04-07")));
    }

    @Test
    void hearingDaysDuringReReviewAreNotCounted_Art36() {
        registered("2026-03-02", "2026-03-02");
        history.when(observe(EventType.REVIEW_REQUESTED_V1, new ReviewRequestedV1(P, BEIJING, ReviewLevel.RE_REVIEW,
                "110000-zf", LocalDate.parse("2026-06-01"), LocalDate.parse("2026-07-01"), "national@2022", at("2026-06-01"))));
        history.when(observe(EventType.HEARING_RECORDED_V1, new HearingRecordedV1(P, BEIJING, "RE_REVIEW",
                LocalDate.parse("2026-06-10"), LocalDate.parse("2026-06-14"), LocalDate.parse("2026-07-06"), at("2026-06-14"))));
        // 30 days from 1 June is 1 July; five hearing days are not counted: 6 July.
        assertThat(of(DeadlineBreachedV1.class, check("2026-07-03"))).extracting(DeadlineBreachedV1::step)
                .doesNotContain("RE_REVIEW_ANSWER");
        List<Object> answered = history.when(observe(EventType.REVIEW_OPINION_ISSUED_V1, new ReviewOpinionIssuedV1(P,
                BEIJING, ReviewLevel.RE_REVIEW, "110000-zf", ReviewOutcome.UPHOLD, LocalDate.parse("2026-07-06"), true,
                LocalDate.parse("2026-07-06"), null, P, "national@2022", at("2026-07-06"))));
        assertThat(of(DeadlineMetV1.class, answered)).singleElement().satisfies(m -> {
            assertThat(m.step()).isEqualTo("RE_REVIEW_ANSWER");
            assertThat(m.due()).isEqualTo(LocalDate.parse("2026-07-06"));
            assertThat(m.timely()).isTrue();
            assertThat(m.organCode()).isEqualTo("110000-zf");
        });
    }

    @Test
    void theHandlingOpinionOpensTheReviewAndEvaluationWindowsWhichLapseWithoutFault_Art35() {
        registered("2026-01-05", "2026-01-05");
        routed(DISTRICT_BUREAU, "2026-01-06", "FORWARD", null);
        accepted(DISTRICT_BUREAU, "2026-01-07");
        List<Object> opinion = history.when(observe(EventType.HANDLING_OPINION_ISSUED_V1, new HandlingOpinionIssuedV1(P,
                BEIJING, DISTRICT_BUREAU, HandlingOutcome.SUPPORT, LocalDate.parse("2026-03-09"), true, "national@2022",
                at("2026-02-10"), LocalDate.parse("2026-02-11"), LocalDate.parse("2026-03-13"), LocalDate.parse("2026-02-26"))));
        assertThat(of(DeadlineMetV1.class, opinion)).extracting(DeadlineMetV1::step).containsExactly("HANDLING");
        assertThat(of(ClockStarted.class, opinion)).extracting(ClockStarted::step, ClockStarted::startDay).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ClockStep.REVIEW_REQUEST, LocalDate.parse("2026-02-11")),
                org.assertj.core.groups.Tuple.tuple(ClockStep.EVALUATION, LocalDate.parse("2026-02-11")));
        // Windows are the petitioner's: they never warn or breach.
        assertThat(check("2026-06-01")).isEmpty();
        history.when(observe(EventType.EVALUATED_V1, new EvaluatedV1(P, BEIJING, EvaluationTarget.PETITION_DEPARTMENT,
                Satisfaction.SATISFIED, PROVINCE_DEPT, LocalDate.parse("2026-02-26"), at("2026-02-12"))));
        List<Object> both = history.when(observe(EventType.EVALUATED_V1, new EvaluatedV1(P, BEIJING,
                EvaluationTarget.RESPONSIBLE_UNIT, Satisfaction.SATISFIED, DISTRICT_BUREAU, LocalDate.parse("2026-02-26"),
                at("2026-02-12"))));
        assertThat(of(ClockStopped.class, both)).singleElement().satisfies(s -> assertThat(s.clockId()).startsWith("EVALUATION#"));
    }

    @Test
    void anAssignedMatterReportsBackWithinTheDaysTheDepartmentSet_Art22() {
        registered("2026-11-02", "2026-11-02");
        List<Object> assigned = routed(DISTRICT_BUREAU, "2026-11-03", "ASSIGN", 20);
        assertThat(of(ClockStarted.class, assigned)).extracting(ClockStarted::step)
                .contains(ClockStep.ASSIGNMENT_REPORT);
        accepted(DISTRICT_BUREAU, "2026-11-04");
        List<Object> late = check("2026-11-24");
        assertThat(of(DeadlineBreachedV1.class, late)).singleElement().satisfies(b -> {
            assertThat(b.step()).isEqualTo("ASSIGNMENT_REPORT");
            assertThat(b.due()).isEqualTo(LocalDate.parse("2026-11-23"));
            assertThat(b.article()).isEqualTo("条例 Art 22 ¶1(三)");
        });
    }

    @Test
    void aDutyWarnsOnceAtItsThreshold() {
        registered("2026-11-02", "2026-11-02");
        assertThat(check("2026-11-13")).isEmpty();
        List<Object> warned = check("2026-11-14");
        assertThat(of(DeadlineApproachingV1.class, warned)).singleElement()
                .satisfies(w -> assertThat(w.due()).isEqualTo(LocalDate.parse("2026-11-17")));
        assertThat(check("2026-11-15")).isEmpty();
    }

    @Test
    void aBreachLeftWithoutSupervisionIsThePetitionDepartmentsDefect_Art43() {
        registered("2026-11-02", "2026-11-02");
        check("2026-11-18");
        assertThat(check("2026-11-23")).isEmpty();
        List<Object> unsupervised = check("2026-11-24");
        assertThat(of(DefectRecordedV1.class, unsupervised)).extracting(DefectRecordedV1::defect, DefectRecordedV1::organCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SUPERVISION_NOT_PERFORMED", PROVINCE_DEPT));
        assertThat(check("2026-11-25")).isEmpty();
    }

    @Test
    void aBreachFollowedBy督办IsNoDefect() {
        registered("2026-11-02", "2026-11-02");
        check("2026-11-18");
        actionOnThePetition = true;
        List<Object> supervised = check("2026-11-24");
        assertThat(of(SupervisionFound.class, supervised)).hasSize(1);
        assertThat(of(DefectRecordedV1.class, supervised)).isEmpty();
    }

    @Test
    void registrationLaterThanTheConfiguredDaysIsADefect_Art44() {
        assertThat(of(DefectRecordedV1.class, registered("2026-11-02", "2026-11-05")))
                .extracting(DefectRecordedV1::defect, DefectRecordedV1::organCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REGISTERED_LATE", PROVINCE_DEPT));
    }

    @Test
    void anAcceptanceReadBeforeItsRouteStopsTheNoticeClockAtOnce() {
        registered("2026-11-02", "2026-11-02");
        accepted(DISTRICT_BUREAU, "2026-11-05");
        List<Object> route = routed(DISTRICT_BUREAU, "2026-11-04", "FORWARD", null);
        assertThat(of(DeadlineMetV1.class, route)).extracting(DeadlineMetV1::step, DeadlineMetV1::timely)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FORWARD_OR_ASSIGN", true),
                        org.assertj.core.groups.Tuple.tuple("ACCEPTANCE_NOTICE", true));
    }

    /**
     * Art 23 ¶3, Art 34: once the receiving organ accepted, a later route (to another organ, or again to the same) opens
     * no notice or objection clock and cancels nothing; the accepting organ's handling clock runs on.
     */
    @Test
    void aRouteAfterAcceptanceOpensNoSecondNoticeClockAndCancelsNothing_Art23_Art34() {
        registered("2026-03-02", "2026-03-02");
        routed(DISTRICT_BUREAU, "2026-03-03", "FORWARD", null);
        accepted(DISTRICT_BUREAU, "2026-03-04");
        assertThat(routed("110105-zjj", "2026-03-06", "FORWARD", null)).isEmpty();
        assertThat(routed(DISTRICT_BUREAU, "2026-03-06", "FORWARD", null)).isEmpty();
        assertThat(of(DeadlineBreachedV1.class, check("2026-05-20"))).singleElement()
                .satisfies(b -> assertThat(b.step()).isEqualTo("HANDLING"))
                .satisfies(b -> assertThat(b.organCode()).isEqualTo(DISTRICT_BUREAU));
    }

    /**
     * One owner per deadline: the acceptance notice's last day is routing's (published with the route), the handling
     * limit's intake's (published with the acceptance); supervision takes them as they are, even where its own count
     * would differ, and warns, meets and breaches against them.
     */
    @Test
    void theOwnersPublishedDueDatesAreTakenAsTheyAre() {
        registered("2026-03-02", "2026-03-02");
        routed(DISTRICT_BUREAU, "2026-03-03", "条例 Art 22 ¶1", List.of(), "2026-03-25", "2026-03-10");
        // Counted here the notice would end on 18 March; routing's decision, 25 March, holds: met on the 20th, in time.
        List<Object> decided = accepted(DISTRICT_BUREAU, "2026-03-20", "2026-03-25", "2026-05-25", true);
        assertThat(of(DeadlineMetV1.class, decided)).filteredOn(m -> m.step().equals("ACCEPTANCE_NOTICE")).singleElement()
                .satisfies(m -> assertThat(m.due()).isEqualTo(LocalDate.parse("2026-03-25")))
                .satisfies(m -> assertThat(m.timely()).isTrue());
        // intake's handling limit, 25 May, not 60 days counted here (19 May): no breach on the 20th, one on the 26th.
        assertThat(of(DeadlineBreachedV1.class, check("2026-05-20"))).isEmpty();
        assertThat(of(DeadlineBreachedV1.class, check("2026-05-26"))).singleElement()
                .satisfies(b -> assertThat(b.due()).isEqualTo(LocalDate.parse("2026-05-25")));
    }

    /** A route to no organ (no organ or petition department for the place) forwards nothing: T1 runs on and breaches. */
    @Test
    void aRouteToNoOrganLeavesTheForwardingDutyRunning_Art22() {
        registered("2026-03-02", "2026-03-02");
        assertThat(of(DeadlineMetV1.class, routed(null, "2026-03-03", "FORWARD", null))).isEmpty();
        assertThat(of(DeadlineBreachedV1.class, check("2026-03-18"))).singleElement()
                .satisfies(b -> assertThat(b.step()).isEqualTo("FORWARD_OR_ASSIGN"))
                .satisfies(b -> assertThat(b.organCode()).isEqualTo(PROVINCE_DEPT));
    }

    /** Art 19 ¶3: a route flagged as accepted below asks nothing of its organ: T1 is met, no notice or objection clock. */
    @Test
    void aRouteToTheOrganThatAcceptedBelowOpensNoAcceptanceClock_Art19() {
        registered("2026-03-02", "2026-03-02");
        List<Object> route = routed(DISTRICT_BUREAU, "2026-03-03", "条例 Art 19 ¶3", List.of("ALREADY_ACCEPTED_BELOW"),
                "2026-03-18", "2026-03-10");
        assertThat(of(ClockStarted.class, route)).isEmpty();
        assertThat(of(DeadlineMetV1.class, route)).extracting(DeadlineMetV1::step).containsExactly("FORWARD_OR_ASSIGN");
        assertThat(of(DeadlineBreachedV1.class, check("2026-06-30"))).isEmpty();
    }

    /** Art 23 ¶4: a court (政法, litigation relief) notifies under its own rules: no T4 clock, its objection window stays. */
    @Test
    void anOrganNotifyingUnderItsOwnRulesHasNoNoticeClock_Art23_4() {
        registered("2026-03-02", "2026-03-02");
        List<Object> route = routed("110105-fy", "2026-03-03", "条例 Art 22 ¶2", List.of("NOTICE_BY_OWN_RULES"), null,
                "2026-03-10");
        assertThat(of(ClockStarted.class, route)).extracting(ClockStarted::step).containsExactly(ClockStep.OBJECTION);
        assertThat(routed("110105-fy", "2026-03-04", "FORWARD", null)).isEmpty(); // the same receipt: nothing new
        assertThat(of(DeadlineBreachedV1.class, check("2026-06-30"))).isEmpty();
    }

    /** Art 34 on the petition track only: intake says the limit does not govern this acceptance, so no T6 clock. */
    @Test
    void anAcceptanceIntoAnotherChannelsProcedureOpensNoHandlingClock_Art34() {
        registered("2026-03-02", "2026-03-02");
        routed(DISTRICT_BUREAU, "2026-03-03", "条例 Art 22 ¶1", List.of(), "2026-03-18", "2026-03-10");
        List<Object> decided = accepted(DISTRICT_BUREAU, "2026-03-05", "2026-03-18", null, false);
        assertThat(of(ClockStarted.class, decided)).isEmpty();
        assertThat(of(DeadlineBreachedV1.class, check("2026-09-30"))).isEmpty();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        Observe registration = observe(EventType.PETITION_REGISTERED_V1, new PetitionRegisteredV1(P, at("2026-11-02"),
                at("2026-11-02"), Channel.LETTER, Purpose.SEEK_RESOLUTION, "劳动和社会保障", "r", "f", BEIJING, 1, false,
                List.of(), null, new PetitionRegisteredV1.Organ(PROVINCE_DEPT, "北京市信访办", "110000"), "test", null, P, true, List.of()));
        assertThat(history.when(registration)).isNotEmpty();
        assertThat(history.when(registration)).isEmpty();
    }

    @Test
    void aCorrectedCalendarRecomputesTheDeadlineOnReplay() {
        registered("2026-11-02", "2026-11-02");
        List<Object> stored = history.when(new CheckDeadlines(P, LocalDate.parse("2026-11-13"), at("2026-11-13")));
        assertThat(stored).isEmpty();
        // The same history replayed with a calendar that makes 17 November a holiday: the last day moves to the 18th,
        // so the warning threshold (3 days before) is reached on the 15th, not the 14th.
        WorkingDayCalendar corrected = WorkingDayCalendar.of(2026, "2026-11-17 holiday 更正示例");
        History replayed = new History(fixtureWith(corrected));
        sourceSeq = 0;
        History original = history;
        history = replayed;
        registered("2026-11-02", "2026-11-02");
        assertThat(check("2026-11-14")).isEmpty();
        assertThat(of(DeadlineApproachingV1.class, check("2026-11-15"))).singleElement()
                .satisfies(w -> assertThat(w.due()).isEqualTo(LocalDate.parse("2026-11-18")));
        history = original;
        assertThat(of(DeadlineApproachingV1.class, check("2026-11-14"))).singleElement()
                .satisfies(w -> assertThat(w.due()).isEqualTo(LocalDate.parse("2026-11-17")));
    }
}
