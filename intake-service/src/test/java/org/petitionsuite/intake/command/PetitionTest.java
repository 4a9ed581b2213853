package org.petitionsuite.intake.command;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.petitionsuite.intake.api.NoteRoute;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.contract.DocumentType;
import org.petitionsuite.contract.HandlingOutcome;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.intake.api.ClassificationNoted;
import org.petitionsuite.intake.api.DecideAcceptance;
import org.petitionsuite.intake.api.DocumentIssued;
import org.petitionsuite.intake.api.ExtendHandling;
import org.petitionsuite.intake.api.HandlingExtended;
import org.petitionsuite.intake.api.HandlingOpinionIssued;
import org.petitionsuite.intake.api.IssueHandlingOpinion;
import org.petitionsuite.intake.api.NoteClassification;
import org.petitionsuite.intake.api.PetitionAccepted;
import org.petitionsuite.intake.api.PetitionDeclined;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.PetitionRegistered;
import org.petitionsuite.intake.api.Petitioner;
import org.petitionsuite.intake.api.RegisterPetition;
import org.petitionsuite.intake.api.RegistrationOutcome;
import org.petitionsuite.intake.api.RouteNoted;
import org.petitionsuite.kit.Violation;
import org.petitionsuite.kit.rest.TransitionRefused;
import org.petitionsuite.limits.LimitProfiles;
import org.petitionsuite.limits.WorkingDayCalendar;

/** Registration rules of the Petition aggregate, given/when/then, no infrastructure. */
class PetitionTest {
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private AggregateTestFixture<Petition> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(RegistrationPolicy.national());
    }

    /** The Petition aggregate with what its handlers are given in the service: national limits, China's calendar. */
    static AggregateTestFixture<Petition> fixtureWith(RegistrationPolicy policy) {
        AggregateTestFixture<Petition> f = new AggregateTestFixture<>(Petition.class);
        f.registerInjectableResource(policy);
        f.registerInjectableResource(LimitProfiles.shipped());
        f.registerInjectableResource(WorkingDayCalendar.china());
        f.registerInjectableResource(new CountingDocumentNumbers());
        return f;
    }

    /** Received in 上城区 (Zhejiang profile) at 10:00 on Tuesday 30 September 2025, routed to the labour bureau. */
    private static final Instant RECEIVED = Instant.parse("2025-09-30T02:00:00Z");

    private static Object[] registeredAndRouted() {
        return new Object[] {
            new PetitionRegistered("p-20", received(Samples.details(), RECEIVED).withDefaults(), RECEIVED, "registrar-1", null),
            new RouteNoted("p-20", "330102-rsj", "杭州市上城区人力资源和社会保障局", "FORWARD", null, RECEIVED, "ce-r", List.of())
        };
    }

    private static DecideAcceptance accept(Instant at) {
        return new DecideAcceptance("p-20", true, null, null, null, "330102-rsj", "handler-1", at);
    }

    @Test
    void acceptanceWithinZhejiangsFiveWorkingDaysIsTimely_Art23_ZhejiangArt20() {
        // 1–8 October are holidays and 11 October a working Saturday: the fifth working day is 14 October.
        Instant lastDay = Instant.parse("2025-10-14T08:00:00Z");
        fixture.given(registeredAndRouted())
                .when(accept(lastDay))
                .expectEventsMatching(stepThenDocument(DocumentType.ACCEPTANCE_NOTICE, new PetitionAccepted("p-20", "330102", "330102-rsj", null, "浙江省信访条例 Art 20",
                        LocalDate.parse("2025-10-14"), true, "zhejiang@2016", "handler-1", lastDay,
                        LocalDate.parse("2025-11-13"))));
    }

    /**
     * Art 23 ¶3: the notice limit runs from the organ's receipt of the forwarded matter, not from the petition's
     * receipt, and routing decides its last day with the route. Received on 30 September, forwarded on Monday 3
     * November with routing's last day 10 November: accepted on 7 November it is timely, although more than 5 working
     * days after the petition's receipt. Handling (Zhejiang: 30 days from acceptance) ends on Sunday 7 December, so on
     * Monday the 8th.
     */
    @Test
    void theNoticeLimitIsRoutingsFromTheOrgansReceipt_Art23() {
        Instant forwarded = Instant.parse("2025-11-03T02:00:00Z");
        Instant accepted = Instant.parse("2025-11-07T02:00:00Z");
        Object[] routedLater = registeredAndRouted();
        routedLater[1] = new RouteNoted("p-20", "330102-rsj", "杭州市上城区人力资源和社会保障局", "FORWARD", null, forwarded,
                "ce-r", List.of(), LocalDate.parse("2025-11-10"), List.of());
        fixture.given(routedLater)
                .when(accept(accepted))
                .expectEventsMatching(stepThenDocument(DocumentType.ACCEPTANCE_NOTICE, new PetitionAccepted("p-20", "330102",
                        "330102-rsj", null, "浙江省信访条例 Art 20", LocalDate.parse("2025-11-10"), true, "zhejiang@2016",
                        "handler-1", accepted, LocalDate.parse("2025-12-08"))));
        // A route noted before routing published the limit: counted here, from the same receipt (3 November + 5 working days).
        routedLater[1] = new RouteNoted("p-20", "330102-rsj", "杭州市上城区人力资源和社会保障局", "FORWARD", null, forwarded,
                "ce-r", List.of());
        fixture.given(routedLater)
                .when(accept(accepted))
                .expectEventsMatching(stepThenDocument(DocumentType.ACCEPTANCE_NOTICE, new PetitionAccepted("p-20", "330102",
                        "330102-rsj", null, "浙江省信访条例 Art 20", LocalDate.parse("2025-11-10"), true, "zhejiang@2016",
                        "handler-1", accepted, LocalDate.parse("2025-12-08"))));
    }

    /**
     * 条例 Art 19 ¶3: the matter is accepted below and still within its period, so routing sends the petition raised
     * above to the accepting organ, flagged; intake records the higher level's 不予受理 at once, its notice naming that
     * organ, and no one has an acceptance to decide.
     */
    @Test
    void aMatterAcceptedBelowIsDeclinedAboveNamingTheOrganHandlingIt_Art19() {
        Instant routed = Instant.parse("2025-10-09T02:00:00Z");
        NoteRoute flagged = new NoteRoute("p-20", "330102-rsj", "杭州市上城区人力资源和社会保障局", "FORWARD", null, routed,
                "ce-r", List.of(), LocalDate.parse("2025-10-16"), List.of("ALREADY_ACCEPTED_BELOW"));
        String reason = "您反映的事项已由杭州市上城区人力资源和社会保障局受理，正在办理期限内；上级机关不予受理，请向该机关了解办理情况。";
        fixture.given(new PetitionRegistered("p-20", received(Samples.details(), RECEIVED).withDefaults(), RECEIVED, "registrar-1", null))
                .when(flagged)
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.<Object>exactSequenceOf(
                                org.hamcrest.Matchers.instanceOf(RouteNoted.class),
                                org.hamcrest.Matchers.equalTo(new PetitionDeclined("p-20", "330102", "330102-xfj", reason,
                                        LegalChannel.PETITION_PROCEDURE, "条例 Art 19 ¶3", LocalDate.parse("2025-10-09"), true,
                                        "zhejiang@2016", "routing (条例 Art 19 ¶3)", routed)),
                                org.hamcrest.Matchers.instanceOf(DocumentIssued.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
        // Declined: nothing is left for the organ below to accept here.
        fixture.given(new PetitionRegistered("p-20", received(Samples.details(), RECEIVED).withDefaults(), RECEIVED, "registrar-1", null))
                .andGivenCommands(flagged)
                .when(accept(routed.plusSeconds(60)))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
    }

    /** Art 23 ¶4: routing flagged that the organ notifies under its own rules: no T4 last day, never late by it. */
    @Test
    void anOrganNotifyingUnderItsOwnRulesIsNotLateByArticle23_Art23_4() {
        Instant muchLater = Instant.parse("2025-12-15T02:00:00Z");
        Object[] court = registeredAndRouted();
        court[1] = new RouteNoted("p-20", "330102-rsj", "杭州市上城区人力资源和社会保障局", "FORWARD", null, RECEIVED, "ce-r",
                List.of(), null, List.of("NOTICE_BY_OWN_RULES"));
        fixture.given(court)
                .when(accept(muchLater))
                .expectEventsMatching(stepThenDocument(DocumentType.ACCEPTANCE_NOTICE, new PetitionAccepted("p-20", "330102",
                        "330102-rsj", null, "浙江省信访条例 Art 20", null, true, "zhejiang@2016", "handler-1", muchLater,
                        LocalDate.parse("2026-01-14"))));
    }

    /**
     * Art 31(五) and Art 34: a duty-performance matter accepted by the labour bureau follows the bureau's own procedure:
     * no petition handling limit (no handlingDue, no 60/30 days in the notice), and nothing to extend.
     */
    @Test
    void aMatterAcceptedIntoAnotherChannelHasNoHandlingLimit_Art31_Art34() {
        Instant lastDay = Instant.parse("2025-10-14T08:00:00Z");
        Object[] dutyPerformance = java.util.Arrays.copyOf(registeredAndRouted(), 3);
        dutyPerformance[2] = new org.petitionsuite.intake.api.ClassificationNoted("p-20",
                org.petitionsuite.contract.PetitionKind.APPEAL_OR_DEMAND, LegalChannel.DUTY_PERFORMANCE, "条例 Art 31(五)",
                "national@2026.1", "wage-arrears-category", RECEIVED, "ce-c");
        fixture.given(dutyPerformance)
                .when(accept(lastDay))
                .expectEventsMatching(stepThenDocument(DocumentType.ACCEPTANCE_NOTICE, new PetitionAccepted("p-20", "330102",
                        "330102-rsj", null, "浙江省信访条例 Art 20", LocalDate.parse("2025-10-14"), true, "zhejiang@2016",
                        "handler-1", lastDay, null)));
        fixture.given(dutyPerformance)
                .andGivenCommands(accept(lastDay))
                .when(new org.petitionsuite.intake.api.ExtendHandling("p-20", 10, "情况复杂", "局长", lastDay.plusSeconds(86_400)))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
    }

    /**
     * 导入 (Art 31(一)–(五), petition-rules.md §2.3): the accepted arbitration matter is closed on the petition side by a
     * notice naming the channel and its own limit; on the petition track the same step is refused (Art 31(六), 32).
     */
    @Test
    void aMatterOfAnotherChannelIsHandedOverWithItsOwnLimit_Art31() {
        Instant lastDay = Instant.parse("2025-10-14T08:00:00Z");
        Object[] arbitration = java.util.Arrays.copyOf(registeredAndRouted(), 3);
        arbitration[2] = new org.petitionsuite.intake.api.ClassificationNoted("p-20",
                org.petitionsuite.contract.PetitionKind.APPEAL_OR_DEMAND, LegalChannel.ARBITRATION, "条例 Art 31(二)",
                "national@2026.1", "labour-dispute-arbitration", RECEIVED, "ce-c");
        Instant handedOver = lastDay.plusSeconds(86_400);
        fixture.given(arbitration)
                .andGivenCommands(accept(lastDay))
                .when(new org.petitionsuite.intake.api.HandOver("p-20", "请向劳动人事争议仲裁委员会申请仲裁。", "330102-rsj",
                        "handler-1", handedOver))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                new org.hamcrest.CustomMatcher<Object>("a 导入告知书 naming arbitration and its one-year limit") {
                                    @Override
                                    public boolean matches(Object item) {
                                        return item instanceof DocumentIssued d && d.type() == DocumentType.CHANNEL_NOTICE
                                                && "仲裁程序".equals(d.fields().get("channel"))
                                                && d.fields().get("ownLimit").contains("劳动争议调解仲裁法》第二十七条");
                                    }
                                },
                                org.hamcrest.Matchers.<Object>equalTo(new org.petitionsuite.intake.api.PetitionConcluded("p-20", "330102",
                                        org.petitionsuite.contract.ConclusionBasis.OWN_PROCEDURE, "p-20", true, null, "handler-1",
                                        handedOver)),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
        fixture.given(arbitration)
                .andGivenCommands(accept(lastDay))
                .when(new org.petitionsuite.intake.api.HandOver("p-20", " ", "330102-rsj", "handler-1", handedOver))
                .expectNoEvents()
                .expectException(InvalidStepException.class);
        fixture.given(registeredAndRouted())
                .andGivenCommands(accept(lastDay))
                .when(new org.petitionsuite.intake.api.HandOver("p-20", "请起诉。", "330102-rsj", "handler-1", handedOver))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
    }

    @Test
    void aLateAcceptanceIsStillAnAcceptanceButNotTimely_Art44() {
        Instant late = Instant.parse("2025-10-15T08:00:00Z");
        fixture.given(registeredAndRouted())
                .when(accept(late))
                .expectEventsMatching(stepThenDocument(DocumentType.ACCEPTANCE_NOTICE, new PetitionAccepted("p-20", "330102", "330102-rsj", null, "浙江省信访条例 Art 20",
                        LocalDate.parse("2025-10-14"), false, "zhejiang@2016", "handler-1", late,
                        LocalDate.parse("2025-11-14"))));
    }

    @Test
    void aDeclineGivesReasonRuleAndTheChannelToUseInstead_Art23() {
        fixture.given(registeredAndRouted())
                .when(new DecideAcceptance("p-20", false, " ", null, null, "330102-rsj", "handler-1", RECEIVED))
                .expectNoEvents()
                .expectException(InvalidStepException.class);
        Instant at = RECEIVED.plusSeconds(86400);
        fixture.given(registeredAndRouted())
                .when(new DecideAcceptance("p-20", false, "劳动合同争议应申请劳动争议仲裁", LegalChannel.ARBITRATION,
                        "条例 Art 31(二)", "330102-rsj", "handler-1", at))
                .expectEventsMatching(stepThenDocument(DocumentType.NON_ACCEPTANCE_NOTICE, new PetitionDeclined("p-20", "330102", "330102-rsj", "劳动合同争议应申请劳动争议仲裁",
                        LegalChannel.ARBITRATION, "条例 Art 31(二)", LocalDate.parse("2025-10-14"), true, "zhejiang@2016",
                        "handler-1", at)));
    }

    @Test
    void acceptanceIsDecidedOnceAndOnlyAfterRouting_Art22_Art23() {
        Object[] decided = java.util.Arrays.copyOf(registeredAndRouted(), 3);
        decided[2] = new PetitionAccepted("p-20", "330102", "330102-rsj", null, "浙江省信访条例 Art 20",
                LocalDate.parse("2025-10-14"), true, "zhejiang@2016", "handler-1", RECEIVED, LocalDate.parse("2025-10-30"));
        fixture.given(decided)
                .when(accept(RECEIVED))
                .expectNoEvents()
                .expectException(TransitionRefused.class)
                .expectExceptionMessage("acceptance was decided already: the petition is ACCEPTED (受理)");
        fixture.given(registeredAndRouted()[0])
                .when(accept(RECEIVED))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
    }

    /** Accepted at 10:00 on Wednesday 1 October 2025 would be a holiday; accepted on Thursday 9 October instead. */
    private static final Instant ACCEPTED = Instant.parse("2025-10-09T02:00:00Z");

    private static Object[] accepted() {
        Object[] events = java.util.Arrays.copyOf(registeredAndRouted(), 3);
        // Zhejiang 2016 Art 23: 30 days from 9 October is 8 November, a Saturday: it runs to Monday 10 November.
        events[2] = new PetitionAccepted("p-20", "330102", "330102-rsj", null, "浙江省信访条例 Art 20",
                LocalDate.parse("2025-10-14"), true, "zhejiang@2016", "handler-1", ACCEPTED, LocalDate.parse("2025-11-10"));
        return events;
    }

    @Test
    void anApprovedExtensionMovesTheDueDate_Art34() {
        Instant at = Instant.parse("2025-11-03T02:00:00Z");
        fixture.given(accepted())
                .when(new ExtendHandling("p-20", 20, "需调取两年工资流水核实", "局长 王某", at))
                // One period of 30 + 20 days from 9 October: Friday 28 November (not the adjusted due date plus 20).
                .expectEventsMatching(stepThenDocument(DocumentType.EXTENSION_NOTICE, new HandlingExtended("p-20", "330102", 20, 20, LocalDate.parse("2025-11-28"),
                        "需调取两年工资流水核实", "局长 王某", at)));
    }

    @Test
    void extensionsBeyondTheProfilesTotalOrAfterTheLimitAreRefused_Art34() {
        Object[] extended = java.util.Arrays.copyOf(accepted(), 4);
        extended[3] = new HandlingExtended("p-20", "330102", 50, 50, LocalDate.parse("2025-12-30"), "r", "局长", ACCEPTED);
        fixture.given(extended)
                .when(new ExtendHandling("p-20", 11, "再延", "局长", ACCEPTED))
                .expectNoEvents()
                .expectException(TransitionRefused.class)
                .expectExceptionMessage("extensions may add at most 60 days in all; 50 already granted");
        fixture.given(accepted())
                .when(new ExtendHandling("p-20", 10, "迟了", "局长", Instant.parse("2025-11-11T02:00:00Z")))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
        fixture.given(accepted())
                .when(new ExtendHandling("p-20", 10, "", null, ACCEPTED))
                .expectNoEvents()
                .expectException(InvalidStepException.class);
    }

    @Test
    void theHandlingOpinionStatesFactsDecisionAndBasisAndIsTimedAgainstTheLimit_Art32_Art34() {
        Instant onTheLastDay = Instant.parse("2025-11-10T09:00:00Z");
        fixture.given(accepted())
                .when(new IssueHandlingOpinion("p-20", HandlingOutcome.SUPPORT, "经核实，公司拖欠三个月工资属实", "责令公司七日内支付",
                        "《保障农民工工资支付条例》", "330102-rsj", "handler-1", onTheLastDay))
                .expectEventsMatching(stepThenDocument(DocumentType.HANDLING_OPINION, new HandlingOpinionIssued("p-20", "330102", "330102-rsj", HandlingOutcome.SUPPORT,
                        "经核实，公司拖欠三个月工资属实", "责令公司七日内支付", "《保障农民工工资支付条例》",
                        LocalDate.parse("2025-11-10"), true, "zhejiang@2016", "handler-1", onTheLastDay,
                        LocalDate.parse("2025-11-10"), LocalDate.parse("2025-12-10"), LocalDate.parse("2025-11-25"))));
        fixture.given(accepted())
                .when(new IssueHandlingOpinion("p-20", HandlingOutcome.SUPPORT, "事实", null, " ", "330102-rsj", "handler-1", ACCEPTED))
                .expectNoEvents()
                .expectException(InvalidStepException.class);
    }

    @Test
    void onlyAnAcceptedMatterOnThePetitionTrackEndsInAHandlingOpinion_Art31() {
        fixture.given(registeredAndRouted())
                .when(new IssueHandlingOpinion("p-20", HandlingOutcome.EXPLAIN, "f", "d", "b", "330102-rsj", "handler-1", ACCEPTED))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
        Object[] toArbitration = java.util.Arrays.copyOf(accepted(), 4);
        toArbitration[3] = new ClassificationNoted("p-20", PetitionKind.APPEAL_OR_DEMAND, LegalChannel.ARBITRATION,
                "条例 Art 31(二)", "national@2026.1", "labour-dispute-arbitration", ACCEPTED, "ce-c");
        fixture.given(toArbitration)
                .when(new IssueHandlingOpinion("p-20", HandlingOutcome.EXPLAIN, "f", "d", "b", "330102-rsj", "handler-1", ACCEPTED))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
    }

    private static RegisterPetition register(String id, PetitionDetails details) {
        return new RegisterPetition(id, details, NOW, "registrar-1", null);
    }

    private static PetitionDetails received(PetitionDetails d, Instant at) {
        return new PetitionDetails(d.petitioners(), d.channel(), d.purpose(), d.contentCategory(), d.request(),
                d.factsAndReasons(), d.placeOfMatter(), d.numberOfPeople(), d.collective(), d.accusedTarget(),
                d.registeringOrgan(), at, d.sourceSystem(), d.sourceReference(), d.repeatOf(),
                d.complainedOrgans());
    }

    private static PetitionDetails withPetitioners(PetitionDetails d, List<Petitioner> petitioners) {
        return new PetitionDetails(petitioners, d.channel(), d.purpose(), d.contentCategory(), d.request(),
                d.factsAndReasons(), d.placeOfMatter(), d.numberOfPeople(), d.collective(), d.accusedTarget(),
                d.registeringOrgan(), d.receivedAt(), d.sourceSystem(), d.sourceReference(), d.repeatOf(),
                d.complainedOrgans());
    }

    @Test
    void registersAValidPetition() {
        PetitionDetails details = received(Samples.details(), NOW.minusSeconds(3600));
        fixture.givenNoPriorActivity()
                .when(register("p-1", details))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(RegistrationOutcome.REGISTERED)
                .expectEvents(new PetitionRegistered("p-1", details.withDefaults(), NOW, "registrar-1", "p-1"));
    }

    @Test
    void refusesAnIdNumberWithAWrongCheckDigit() {
        String valid = Samples.idNumber("33010219750312451");
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        Petitioner p = new Petitioner("王建国", valid.substring(0, 17) + wrong, null, null, false, false);
        fixture.givenNoPriorActivity()
                .when(register("p-2", withPetitioners(received(Samples.details(), NOW), List.of(p))))
                .expectNoEvents()
                .expectException(violationsOn("petitioners[0].idNumber"));
    }

    @Test
    void acceptsFiveRepresentatives() {
        // 条例 Art 20 ¶3: no more than 5 representatives.
        PetitionDetails visit = received(Samples.collectiveVisit(5, 40), NOW);
        fixture.givenNoPriorActivity()
                .when(register("p-3", visit))
                .expectEvents(new PetitionRegistered("p-3", visit.withDefaults(), NOW, "registrar-1", "p-3"));
    }

    /**
     * 条例 Art 20 ¶3 limits a visit's representatives, and a visit is registered whatever it did (Art 22 ¶1, 来访必录):
     * six representatives, or none, are registered and told to choose at most five (选派代表告知书).
     */
    @Test
    void registersSixRepresentativesAndTellsThemToChoose() {
        registeredAndToldToChoose(fixture, "p-4", received(Samples.collectiveVisit(6, 40), NOW));
    }

    private static void registeredAndToldToChoose(AggregateTestFixture<Petition> fixture, String id, PetitionDetails visit) {
        fixture.givenNoPriorActivity()
                .when(register(id, visit))
                .expectEventsMatching(stepThenDocument(DocumentType.REPRESENTATIVES_NOTICE,
                        new PetitionRegistered(id, visit.withDefaults(), NOW, "registrar-1", id)));
    }

    @Test
    void registersACollectiveVisitWithoutRepresentativesAndTellsThemToChoose() {
        PetitionDetails d = Samples.details();
        PetitionDetails visit = received(new PetitionDetails(d.petitioners(), Channel.VISIT, d.purpose(),
                d.contentCategory(), d.request(), d.factsAndReasons(), d.placeOfMatter(), 12, true, null,
                d.registeringOrgan(), d.receivedAt(), d.sourceSystem(), d.sourceReference(), null, d.complainedOrgans()), NOW);
        registeredAndToldToChoose(fixture, "p-6", visit);
    }

    @Test
    void aJointLetterIsNotLimitedToFiveSignatories() {
        PetitionDetails visit = Samples.collectiveVisit(8, 8);
        PetitionDetails letter = received(new PetitionDetails(visit.petitioners(), Channel.LETTER, visit.purpose(),
                visit.contentCategory(), visit.request(), visit.factsAndReasons(), visit.placeOfMatter(), 8, true, null,
                visit.registeringOrgan(), visit.receivedAt(), visit.sourceSystem(), visit.sourceReference(), null,
                visit.complainedOrgans()), NOW);
        fixture.givenNoPriorActivity()
                .when(register("p-7", letter))
                .expectEvents(new PetitionRegistered("p-7", letter.withDefaults(), NOW, "registrar-1", "p-7"));
    }

    @Test
    void aProvinceMayAllowFewerRepresentatives() {
        registeredAndToldToChoose(fixtureWith(new RegistrationPolicy(3, Duration.ofMinutes(5))), "p-5",
                received(Samples.collectiveVisit(4, 8), NOW));
    }

    @Test
    void requiresTheStatutoryElements() {
        // Art 19 ¶1: 姓名(名称), 请求, 事实, 理由.
        PetitionDetails empty = new PetitionDetails(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(register("p-6", empty))
                .expectNoEvents()
                .expectException(violationsOn("petitioners", "channel", "purpose", "contentCategory", "request",
                        "factsAndReasons", "placeOfMatter", "numberOfPeople", "registeringOrgan", "receivedAt",
                        "sourceSystem"));
    }

    @Test
    void refusesAReceiptInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(register("p-7", received(Samples.details(), NOW.plus(Duration.ofHours(1)))))
                .expectNoEvents()
                .expectException(violationsOn("receivedAt"));
    }

    @Test
    void aResubmissionWithTheSameDetailsIsRecognisedAndStoresNothing() {
        PetitionDetails details = received(Samples.details(), NOW);
        fixture.given(new PetitionRegistered("p-8", details.withDefaults(), NOW, "registrar-1", null))
                .when(register("p-8", details))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(RegistrationOutcome.ALREADY_REGISTERED)
                .expectNoEvents();
    }

    @Test
    void anOmittedFlagMeansFalseSoTheResubmissionIsTheSame() {
        PetitionDetails stated = received(Samples.details(), NOW);
        Petitioner p = stated.petitioners().get(0);
        PetitionDetails omitted = new PetitionDetails(
                List.of(new Petitioner(p.name(), p.idNumber(), p.phone(), p.address(), null, null)), stated.channel(),
                stated.purpose(), stated.contentCategory(), stated.request(), stated.factsAndReasons(),
                stated.placeOfMatter(), stated.numberOfPeople(), null, null, stated.registeringOrgan(),
                stated.receivedAt(), stated.sourceSystem(), stated.sourceReference(), null, stated.complainedOrgans());
        fixture.given(new PetitionRegistered("p-10", stated.withDefaults(), NOW, "registrar-1", null))
                .when(register("p-10", omitted))
                .expectResultMessagePayload(RegistrationOutcome.ALREADY_REGISTERED)
                .expectNoEvents();
    }

    @Test
    void aRegistrationStoredBeforeComplainedOrgansExistedEqualsAResubmissionWithoutThem() {
        PetitionDetails d = received(Samples.details(), NOW);
        PetitionDetails stored = new PetitionDetails(d.petitioners(), d.channel(), d.purpose(), d.contentCategory(),
                d.request(), d.factsAndReasons(), d.placeOfMatter(), d.numberOfPeople(), false, d.accusedTarget(),
                d.registeringOrgan(), d.receivedAt(), d.sourceSystem(), d.sourceReference(), null, null);
        PetitionDetails resubmitted = new PetitionDetails(d.petitioners(), d.channel(), d.purpose(), d.contentCategory(),
                d.request(), d.factsAndReasons(), d.placeOfMatter(), d.numberOfPeople(), false, d.accusedTarget(),
                d.registeringOrgan(), d.receivedAt(), d.sourceSystem(), d.sourceReference(), null, List.of());
        fixture.given(new PetitionRegistered("p-12", stored, NOW, "registrar-1", null))
                .when(register("p-12", resubmitted))
                .expectResultMessagePayload(RegistrationOutcome.ALREADY_REGISTERED)
                .expectNoEvents();
    }

    @Test
    void aResubmissionWithOtherDetailsIsRefused() {
        PetitionDetails details = received(Samples.details(), NOW);
        PetitionDetails changed = received(details, NOW.minusSeconds(60));
        fixture.given(new PetitionRegistered("p-9", details.withDefaults(), NOW, "registrar-1", null))
                .when(register("p-9", changed))
                .expectNoEvents()
                .expectException(ConflictingResubmissionException.class);
    }

    @Test
    void routingDecisionsAreNotedOnceEach() {
        PetitionDetails details = received(Samples.details(), NOW).withDefaults();
        NoteClassification decision = new NoteClassification("p-11", PetitionKind.APPEAL_OR_DEMAND, LegalChannel.ARBITRATION,
                "条例 Art 31(二)", "national@2026.1", "labour-dispute-arbitration", NOW, "ce-1");
        ClassificationNoted noted = new ClassificationNoted("p-11", PetitionKind.APPEAL_OR_DEMAND, LegalChannel.ARBITRATION,
                "条例 Art 31(二)", "national@2026.1", "labour-dispute-arbitration", NOW, "ce-1");
        fixture.given(new PetitionRegistered("p-11", details, NOW, "registrar-1", null))
                .when(decision)
                .expectEvents(noted);
        fixture.given(new PetitionRegistered("p-11", details, NOW, "registrar-1", null), noted)
                .when(decision)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /** The step's event, then the document it issues, and nothing more. */
    static Matcher<List<org.axonframework.messaging.Message<?>>> stepThenDocument(DocumentType type, Object step) {
        return Matchers.payloadsMatching(Matchers.<Object>exactSequenceOf(
                org.hamcrest.Matchers.equalTo(step),
                new TypeSafeMatcher<>(Object.class) {
                    @Override
                    protected boolean matchesSafely(Object item) {
                        return item instanceof DocumentIssued d && d.type() == type;
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("a " + type + " document");
                    }
                },
                Matchers.andNoMore()));
    }

    /** An {@link InvalidRegistrationException} whose violations name exactly these fields. */
    private static Matcher<Object> violationsOn(String... fields) {
        return new TypeSafeMatcher<>(Object.class) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof InvalidRegistrationException e
                        && e.violations().stream().map(Violation::field).toList().equals(List.of(fields));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("InvalidRegistrationException on " + List.of(fields));
            }
        };
    }
}
