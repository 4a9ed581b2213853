package org.petitionsuite.routing.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.contract.routing.ClassificationConfirmedV1;
import org.petitionsuite.contract.routing.ClassificationConfirmedV1.Outcome;
import org.petitionsuite.contract.routing.PetitionClassifiedV1;
import org.petitionsuite.contract.routing.PetitionClassifiedV1.Confidence;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.contract.routing.RoutingObjectedV1;
import org.petitionsuite.contract.routing.RoutingOverriddenV1;
import org.petitionsuite.limits.LimitProfiles;
import org.petitionsuite.limits.WorkingDayCalendar;
import org.petitionsuite.routing.api.ClassificationOutcome;
import org.petitionsuite.routing.api.ClassifyPetition;
import org.petitionsuite.routing.api.ConfirmClassification;
import org.petitionsuite.kit.rest.TransitionRefused;
import org.petitionsuite.routing.api.AcceptanceNoted;
import org.petitionsuite.routing.api.EraseMatter;
import org.petitionsuite.routing.api.ForgetPetitioners;
import org.petitionsuite.routing.api.MatterErased;
import org.petitionsuite.routing.api.PetitionersForgotten;
import org.petitionsuite.routing.api.MatterRecorded;
import org.petitionsuite.routing.api.NoteAcceptance;
import org.petitionsuite.routing.api.NoteReReviewConcluded;
import org.petitionsuite.routing.api.ReReviewConcludedNoted;
import org.petitionsuite.routing.api.ObjectToRouting;
import org.petitionsuite.routing.api.OverrideRouting;
import org.petitionsuite.routing.authority.AuthorityDirectory;
import org.petitionsuite.routing.catalog.CatalogLibrary;
import org.petitionsuite.routing.catalog.Matter;

/** Classification of a petition as a fact, once. */
class PetitionRoutingTest {
    /** Saturday 21 November 2026, 16:00 in Beijing. In 上城区 the Zhejiang profile gives the receiving organ 5 working
     * days both to notify acceptance and to object (浙江省信访条例 Art 20 ¶2; 条例 Art 23 ¶3): Friday 27 November. */
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private AggregateTestFixture<PetitionRouting> fixture;
    /** What the accepted-matters lookup was asked last, and what it answers (a stub: this is a unit test). */
    private Instant askedSince;
    private Optional<MatterHistory.Accepted> acceptedBelow = Optional.empty();
    private String askedMatter;
    private Optional<MatterHistory.ReReviewConcluded> reReviewConcluded = Optional.empty();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PetitionRouting.class);
        fixture.registerInjectableResource(CatalogLibrary.fromClasspath());
        fixture.registerInjectableResource(AuthorityDirectory.fromClasspath());
        fixture.registerInjectableResource(WorkingDayCalendar.china());
        fixture.registerInjectableResource(LimitProfiles.shipped());
        fixture.registerInjectableResource(new MatterHistory() {
            @Override
            public Optional<Accepted> acceptedBelow(Matter matter, String petitionId, Instant since) {
                askedSince = since;
                return acceptedBelow;
            }

            @Override
            public Optional<ReReviewConcluded> reReviewConcluded(String matterId) {
                askedMatter = matterId;
                return reReviewConcluded;
            }
        });
    }

    private static ClassifyPetition classify(String text, String place) {
        return new ClassifyPetition("p-1", new Matter(Purpose.APPEAL, "政法_法院", text, "", place), "ce-1", NOW, "p-1");
    }

    /** Art 31(一), Art 28 ¶2; the court notifies under its own rules (Art 23 ¶4): no noticeDue, only the objection window. */
    @Test
    void aJudgementDisputeGoesToTheLocalCourtWithItsReasons() {
        fixture.givenNoPriorActivity()
                .when(classify("对区人民法院作出的民事判决不服", "330102"))
                .expectResultMessagePayload(ClassificationOutcome.CLASSIFIED)
                .expectEvents(new MatterRecorded("p-1", new Matter(Purpose.APPEAL, "政法_法院", "对区人民法院作出的民事判决不服", "", "330102")),
                        new PetitionClassifiedV1("p-1", "330102", PetitionKind.APPEAL_OR_DEMAND,
                        LegalChannel.COURT_PROCEDURE, "national@2026.3+zhejiang@2026.1-zj.1", "court-litigation",
                        "条例 Art 31(一), Art 28 ¶2",
                        "诉求涉及法院的审判、执行或者应当通过诉讼解决的纠纷，属于涉法涉诉事项，应当导入诉讼程序依法处理（诉访分离）。",
                        List.of("关键词「判决」「法院」"), NOW, "ce-1", Confidence.HIGH, List.of()),
                        new PetitionRoutedV1("p-1", "330102", "330102-fy", "杭州市上城区人民法院", "COUNTY", "330102", "FORWARD",
                                null, "2026.1-hangzhou-demo", "条例 Art 22 ¶1(一)(二)",
                                "杭州市上城区人民法院对该事项有处理权（谁主管、谁负责）。依法转送。", List.of("NOTICE_BY_OWN_RULES"), NOW, List.of(),
                                null, LocalDate.parse("2026-11-27")));
    }

    private static final Matter ACCUSATION = new Matter(Purpose.REPORT_OR_ACCUSATION, "纪检监察", "反映上城区纪委工作人员收受好处", "",
            "330102", false, "上城区纪委");

    /** The events of an accusation already classified and routed to the city's commission (Art 30 ¶3). */
    private static Object[] accusationDecided() {
        return new Object[] {
            new MatterRecorded("p-2", ACCUSATION),
            new PetitionClassifiedV1("p-2", "330102", PetitionKind.ACCUSATION, LegalChannel.DISCIPLINE_INSPECTION,
                    "national@2026.3", "accusation-discipline-category", "条例 Art 30, Art 22 ¶2", "检举控告", List.of(), NOW, "ce-2"),
            new PetitionRoutedV1("p-2", "330102", "330100-jw", "杭州市纪委监委", "CITY", "330100", "FORWARD", null,
                    "2026.1-hangzhou-demo", "条例 Art 22 ¶1(一)(二), Art 30 ¶3", "上一级", List.of("ACCUSED_ORGAN_EXCLUDED"), NOW, List.of("330102-jw"))
        };
    }

    @Test
    void aPersonOverridesTheChannelWithAReasonAndTheRouteFollows() {
        Instant later = NOW.plusSeconds(3600);
        fixture.given(accusationDecided())
                .when(new OverrideRouting("p-2", LegalChannel.ACCUSATION_TO_COMPETENT_ORGAN, "330102-zjj",
                        "反映的是住建系统工作作风问题，由住建局处理", "supervisor-1", later))
                .expectEvents(
                        // the catalog's decision was not confirmed yet: overriding its channel answers the queue
                        new ClassificationConfirmedV1("p-2", "330102", Outcome.CORRECTED, LegalChannel.DISCIPLINE_INSPECTION,
                                "national@2026.3", "accusation-discipline-category", LegalChannel.ACCUSATION_TO_COMPETENT_ORGAN,
                                "supervisor-1", "反映的是住建系统工作作风问题，由住建局处理", later),
                        new RoutingOverriddenV1("p-2", "supervisor-1", "反映的是住建系统工作作风问题，由住建局处理",
                                LegalChannel.DISCIPLINE_INSPECTION, "330100-jw", LegalChannel.ACCUSATION_TO_COMPETENT_ORGAN,
                                "330102-zjj", later),
                        new PetitionClassifiedV1("p-2", "330102", PetitionKind.ACCUSATION,
                                LegalChannel.ACCUSATION_TO_COMPETENT_ORGAN, "operator-override", "operator-override",
                                "条例 Art 30", "反映的是住建系统工作作风问题，由住建局处理", List.of("人工改判：supervisor-1"), later, "ce-2"),
                        new PetitionRoutedV1("p-2", "330102", "330102-zjj", "杭州市上城区住房和城乡建设局", "COUNTY", "330102",
                                "FORWARD", null, "2026.1-hangzhou-demo", "条例 Art 22 ¶1(一)(二)",
                                "杭州市上城区住房和城乡建设局对该事项有处理权（谁主管、谁负责）。依法转送。", List.of(), later, List.of("330102-jw"), LocalDate.parse("2026-11-27"), LocalDate.parse("2026-11-27")));
    }

    @Test
    void anOverrideNeedsAReasonAndAKnownOrganThatIsNotTheAccusedOne() {
        fixture.given(accusationDecided())
                .when(new OverrideRouting("p-2", null, "330102-jw", " ", "supervisor-1", NOW))
                .expectNoEvents()
                .expectException(RoutingRefusedException.class);
        fixture.given(accusationDecided())
                .when(new OverrideRouting("p-2", null, "no-such-organ", "理由", "supervisor-1", NOW))
                .expectNoEvents()
                .expectException(RoutingRefusedException.class);
        // Art 30 ¶3 binds people too: the accused county commission may not receive the accusation.
        fixture.given(accusationDecided())
                .when(new OverrideRouting("p-2", null, "330102-jw", "就近处理", "supervisor-1", NOW))
                .expectNoEvents()
                .expectException(RoutingRefusedException.class)
                .expectExceptionMessage("1 rule(s) violated");
    }

    /** The catalog's channel confirmed as it is: recorded as the label, nothing rerouted; a second answer is refused. */
    @Test
    void thePetitionDepartmentConfirmsTheCatalogsChannelOnce() {
        Instant later = NOW.plusSeconds(600);
        fixture.given(accusationDecided())
                .when(new ConfirmClassification("p-2", null, null, "xfj-1", later))
                .expectEvents(new ClassificationConfirmedV1("p-2", "330102", Outcome.CONFIRMED, LegalChannel.DISCIPLINE_INSPECTION,
                        "national@2026.3", "accusation-discipline-category", LegalChannel.DISCIPLINE_INSPECTION, "xfj-1", null, later));
        fixture.given(accusationDecided())
                .andGiven(new ClassificationConfirmedV1("p-2", "330102", Outcome.CONFIRMED, LegalChannel.DISCIPLINE_INSPECTION,
                        "national@2026.3", "accusation-discipline-category", LegalChannel.DISCIPLINE_INSPECTION, "xfj-1", null, later))
                .when(new ConfirmClassification("p-2", LegalChannel.COURT_PROCEDURE, "其实是诉讼", "xfj-2", later))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
    }

    /** A correction needs a reason, reroutes as an override does, and keeps the accused organ out (Art 30 ¶3). */
    @Test
    void aCorrectionNeedsAReasonAndReroutesWithoutTheAccusedOrgan() {
        Instant later = NOW.plusSeconds(600);
        fixture.given(accusationDecided())
                .when(new ConfirmClassification("p-2", LegalChannel.ACCUSATION_TO_COMPETENT_ORGAN, "  ", "xfj-1", later))
                .expectNoEvents()
                .expectException(RoutingRefusedException.class);
        fixture.given(accusationDecided())
                .when(new ConfirmClassification("p-2", LegalChannel.ACCUSATION_TO_COMPETENT_ORGAN, "反映的是工作作风", "xfj-1", later))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.instanceOf(ClassificationConfirmedV1.class),
                                org.hamcrest.Matchers.instanceOf(RoutingOverriddenV1.class),
                                org.hamcrest.Matchers.instanceOf(PetitionClassifiedV1.class),
                                org.hamcrest.Matchers.both(org.hamcrest.Matchers.instanceOf(PetitionRoutedV1.class))
                                        .and(org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.not(
                                                org.hamcrest.Matchers.containsString("organCode=330102-jw,")))),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    /** A decision a person made has no catalog judgement to confirm; a correction after acceptance is refused (Art 23 ¶3). */
    @Test
    void nothingToConfirmOnAPersonsDecisionAndNoCorrectionOnceAccepted() {
        Instant later = NOW.plusSeconds(600);
        fixture.given(new MatterRecorded("p-3", WAGES),
                        new PetitionClassifiedV1("p-3", "330102", PetitionKind.APPEAL_OR_DEMAND, LegalChannel.DUTY_PERFORMANCE,
                                "operator-override", "operator-override", "条例 Art 31(五)", "人工", List.of(), NOW, "ce-3"))
                .when(new ConfirmClassification("p-3", null, null, "xfj-1", later))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
        fixture.given(wagesRoutedToTheLabourBureau())
                .andGiven(new AcceptanceNoted("p-3", "330102-rsj", "330102", ROUTED.plusSeconds(60)))
                .when(new ConfirmClassification("p-3", LegalChannel.ARBITRATION, "属于劳动合同争议", "xfj-1", later))
                .expectNoEvents()
                .expectException(TransitionRefused.class);
        // confirming what an accepting organ handles changes nothing and is still recorded
        fixture.given(wagesRoutedToTheLabourBureau())
                .andGiven(new AcceptanceNoted("p-3", "330102-rsj", "330102", ROUTED.plusSeconds(60)))
                .when(new ConfirmClassification("p-3", LegalChannel.DUTY_PERFORMANCE, null, "xfj-1", later))
                .expectEvents(new ClassificationConfirmedV1("p-3", "330102", Outcome.CONFIRMED, LegalChannel.DUTY_PERFORMANCE,
                        "national@2026.3", "wage-arrears-category", LegalChannel.DUTY_PERFORMANCE, "xfj-1", null, later));
    }

    private static final Matter WAGES = new Matter(Purpose.SEEK_RESOLUTION, "劳动和社会保障_工资拖欠", "请求督促公司支付拖欠工资", "", "330102");
    /** Routed to the county labour bureau at 10:00 on Tuesday 30 September 2025, Beijing time. */
    private static final Instant ROUTED = Instant.parse("2025-09-30T02:00:00Z");

    private static Object[] wagesRoutedToTheLabourBureau() {
        return new Object[] {
            new MatterRecorded("p-3", WAGES),
            new PetitionClassifiedV1("p-3", "330102", PetitionKind.APPEAL_OR_DEMAND, LegalChannel.DUTY_PERFORMANCE,
                    "national@2026.3", "wage-arrears-category", "条例 Art 31(五)", "劳动保障监察", List.of(), ROUTED, "ce-3"),
            new PetitionRoutedV1("p-3", "330102", "330102-rsj", "杭州市上城区人力资源和社会保障局", "COUNTY", "330102", "FORWARD",
                    null, "2026.1-hangzhou-demo", "条例 Art 22 ¶1(一)(二)", "有处理权", List.of(), ROUTED, List.of())
        };
    }

    @Test
    void theReceivingOrganObjectsWithinFiveWorkingDaysAndThePetitionIsRoutedWithoutIt() {
        // Art 23 ¶3: the National Day holiday (1–8 October) does not count; the fifth working day is 14 October.
        Instant lastAfternoon = Instant.parse("2025-10-14T09:00:00Z");
        fixture.given(wagesRoutedToTheLabourBureau())
                .when(new ObjectToRouting("p-3", "330102-rsj", "欠薪查处属于区劳动保障监察大队，不属本局信访职能", lastAfternoon))
                .expectEvents(
                        new RoutingObjectedV1("p-3", "330102-rsj", "欠薪查处属于区劳动保障监察大队，不属本局信访职能",
                                LocalDate.parse("2025-09-30"), LocalDate.parse("2025-10-14"), lastAfternoon),
                        new PetitionRoutedV1("p-3", "330102", "330102-xfj", "上城区信访局", "COUNTY", "330102", "FORWARD", null,
                                "2026.1-hangzhou-demo", "条例 Art 22 ¶1, Art 24 ¶2",
                                "目录中没有有权处理此事项的机关、单位，交本级信访部门确定承办机关。", List.of("NO_COMPETENT_ORGAN"),
                                lastAfternoon, List.of(), LocalDate.parse("2025-10-21"), LocalDate.parse("2025-10-21")));
    }

    @Test
    void aLateObjectionIsRefused() {
        fixture.given(wagesRoutedToTheLabourBureau())
                .when(new ObjectToRouting("p-3", "330102-rsj", "不属本局职能", Instant.parse("2025-10-15T01:00:00Z")))
                .expectNoEvents()
                .expectException(RoutingRefusedException.class);
    }

    @Test
    void onlyTheReceivingOrganObjectsAndItMustGiveReasons() {
        fixture.given(wagesRoutedToTheLabourBureau())
                .when(new ObjectToRouting("p-3", "330102-zjj", "不属本局职能", ROUTED.plusSeconds(60)))
                .expectNoEvents()
                .expectException(RoutingRefusedException.class);
        fixture.given(wagesRoutedToTheLabourBureau())
                .when(new ObjectToRouting("p-3", "330102-rsj", "", ROUTED.plusSeconds(60)))
                .expectNoEvents()
                .expectException(RoutingRefusedException.class);
    }

    @Test
    void theSameMatterAcceptedBelowIsNotAcceptedAboveButGoesToTheOrganHandlingIt_Art19() {
        Instant acceptedAt = NOW.minus(java.time.Duration.ofDays(20));
        acceptedBelow = Optional.of(new MatterHistory.Accepted("p-0", "330102-rsj", acceptedAt));
        Matter raisedAtTheCity = new Matter(Purpose.SEEK_RESOLUTION, "劳动和社会保障_工资拖欠", "请求督促公司支付拖欠工资", "",
                "330102", false, null, List.of("a".repeat(64)), "330100", List.of());
        fixture.givenNoPriorActivity()
                .when(new ClassifyPetition("p-1", raisedAtTheCity, "ce-1", NOW, "p-1"))
                .expectEventsMatching(routedEventIs(new PetitionRoutedV1("p-1", "330102", "330102-rsj",
                        "杭州市上城区人力资源和社会保障局", "COUNTY", "330102", "FORWARD", null, "2026.1-hangzhou-demo",
                        "条例 Art 19 ¶3", "同一信访人就同一事项已向杭州市上城区人力资源和社会保障局提出并于2026-11-01受理（信访件 p-0），"
                                + "尚在办理期限内，上级不予受理，由该机关继续办理。",
                        List.of("ALREADY_ACCEPTED_BELOW"), NOW, List.of(), LocalDate.parse("2026-11-27"), LocalDate.parse("2026-11-27"))));
        // "Within the period": Zhejiang's handling limit 30 days plus at most 60 days of extension.
        org.junit.jupiter.api.Assertions.assertEquals(NOW.minus(java.time.Duration.ofDays(90)), askedSince);
    }

    @Test
    void aMatterWhoseReReviewIsConcludedIsNotAcceptedAgainButGoesFlaggedToTheOrganThatConcludedIt_Art36() {
        Instant issuedAt = NOW.minus(java.time.Duration.ofDays(40));
        reReviewConcluded = Optional.of(new MatterHistory.ReReviewConcluded("p-0", "330100-xfj", issuedAt));
        // Accepted below as well: Art 36 ¶3 ends the matter, so it wins over Art 19 ¶3.
        acceptedBelow = Optional.of(new MatterHistory.Accepted("p-0", "330102-rsj", NOW.minus(java.time.Duration.ofDays(20))));
        Matter again = new Matter(Purpose.SEEK_RESOLUTION, "劳动和社会保障_工资拖欠", "请求督促公司支付拖欠工资", "",
                "330102", false, null, List.of("a".repeat(64)), "330100", List.of());
        fixture.givenNoPriorActivity()
                .when(new ClassifyPetition("p-1", again, "ce-1", NOW, "p-0"))
                .expectEventsMatching(routedEventIs(new PetitionRoutedV1("p-1", "330102", "330100-xfj",
                        "杭州市信访局", "CITY", "330100", "FORWARD", null, "2026.1-hangzhou-demo",
                        "条例 Art 36 ¶3", "该事项已由杭州市信访局于2026-10-12作出复核意见（信访件 p-0），"
                                + "信访人仍以同一事实和理由提出的，不再受理。",
                        List.of("RE_REVIEW_CONCLUDED"), NOW, List.of(), LocalDate.parse("2026-11-27"), LocalDate.parse("2026-11-27"))));
        org.junit.jupiter.api.Assertions.assertEquals("p-0", askedMatter, "the lookup is by intake's matter id");
    }

    /**
     * Art 35, 36 "上一级", read from the directory: a petition-track route names the organs one and two levels above
     * that may review and re-review the receiving organ's opinion; an off-track route names none (no opinion follows).
     */
    @Test
    void aPetitionTrackRouteNamesTheLevelsAboveThatMayReviewIt_Art35_Art36() {
        Matter pension = new Matter(Purpose.SEEK_RESOLUTION, "劳动和社会保障_养老保险", "请求说明本人养老金的核定依据", "", "330102");
        fixture.givenNoPriorActivity()
                .when(new ClassifyPetition("p-1", pension, "ce-1", NOW, "p-1"))
                .expectEventsMatching(routedWith(r -> "330102-rsj".equals(r.organCode())
                        && List.of("330100-rsj").equals(r.reviewOrgans()) && List.of("330000-rst").equals(r.reReviewOrgans())));
        fixture.givenNoPriorActivity()
                .when(classify("对区人民法院作出的民事判决不服", "330102"))
                .expectEventsMatching(routedWith(r -> r.reviewOrgans() == null && r.reReviewOrgans() == null));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static org.hamcrest.Matcher routedWith(java.util.function.Predicate<PetitionRoutedV1> test) {
        return org.axonframework.test.matchers.Matchers.payloadsMatching(org.axonframework.test.matchers.Matchers.listWithAnyOf(
                (org.hamcrest.Matcher) new org.hamcrest.CustomMatcher<Object>("a route with the expected review organs") {
                    @Override
                    public boolean matches(Object item) {
                        return item instanceof PetitionRoutedV1 r && test.test(r);
                    }
                }));
    }

    @Test
    void aReReviewOpinionIsNotedOnce() {
        Instant issuedAt = ROUTED.plusSeconds(86_400);
        fixture.given(wagesRoutedToTheLabourBureau())
                .when(new NoteReReviewConcluded("p-3", "p-3", "330100-xfj", issuedAt))
                .expectEvents(new ReReviewConcludedNoted("p-3", "p-3", "330100-xfj", issuedAt));
        Object[] noted = java.util.Arrays.copyOf(wagesRoutedToTheLabourBureau(), 4);
        noted[3] = new ReReviewConcludedNoted("p-3", "p-3", "330100-xfj", issuedAt);
        fixture.given(noted)
                .when(new NoteReReviewConcluded("p-3", "p-3", "330100-xfj", issuedAt))
                .expectNoEvents();
    }

    /** Among the events applied, this route (the matter and its classification precede it). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static org.hamcrest.Matcher routedEventIs(PetitionRoutedV1 expected) {
        return org.axonframework.test.matchers.Matchers.payloadsMatching(
                org.axonframework.test.matchers.Matchers.listWithAnyOf((org.hamcrest.Matcher) org.hamcrest.Matchers.equalTo(expected)));
    }

    @Test
    void anAcceptanceIsNotedOnce() {
        Instant acceptedAt = ROUTED.plusSeconds(3600);
        fixture.given(wagesRoutedToTheLabourBureau())
                .when(new NoteAcceptance("p-3", "330102-rsj", acceptedAt))
                .expectEvents(new AcceptanceNoted("p-3", "330102-rsj", "330102", acceptedAt));
        Object[] noted = java.util.Arrays.copyOf(wagesRoutedToTheLabourBureau(), 4);
        noted[3] = new AcceptanceNoted("p-3", "330102-rsj", "330102", acceptedAt);
        fixture.given(noted)
                .when(new NoteAcceptance("p-3", "330102-rsj", acceptedAt))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /** 条例 Art 23 ¶3, Art 34: the accepting organ handles the petition; no override or objection re-seats it. */
    @Test
    void onceAcceptedTheRouteNoLongerChanges() {
        Instant acceptedAt = ROUTED.plusSeconds(3600);
        Object[] accepted = java.util.Arrays.copyOf(wagesRoutedToTheLabourBureau(), 4);
        accepted[3] = new AcceptanceNoted("p-3", "330102-rsj", "330102", acceptedAt);
        fixture.given(accepted)
                .when(new OverrideRouting("p-3", LegalChannel.PETITION_PROCEDURE, "330102-zjj", "改由住建局办理",
                        "supervisor-1", acceptedAt.plusSeconds(60)))
                .expectNoEvents()
                .expectException(org.petitionsuite.kit.rest.TransitionRefused.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("330102-rsj accepted the petition"));
        fixture.given(accepted)
                .when(new ObjectToRouting("p-3", "330102-rsj", "不属本局职责", acceptedAt.plusSeconds(60)))
                .expectNoEvents()
                .expectException(org.petitionsuite.kit.rest.TransitionRefused.class);
        // Before acceptance the same override is allowed.
        fixture.given(wagesRoutedToTheLabourBureau())
                .when(new OverrideRouting("p-3", LegalChannel.PETITION_PROCEDURE, "330102-zjj", "改由住建局办理",
                        "supervisor-1", acceptedAt.plusSeconds(60)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRedeliveredRegistrationDecidesNothingNew() {
        fixture.given(new PetitionClassifiedV1("p-1", "110101", PetitionKind.APPEAL_OR_DEMAND, LegalChannel.COURT_PROCEDURE,
                        "national@2026.3", "court-litigation", "条例 Art 31(一)", "涉法涉诉", List.of(), NOW, "ce-1"))
                .when(classify("对区人民法院作出的民事判决不服", "110101"))
                .expectResultMessagePayload(ClassificationOutcome.ALREADY_CLASSIFIED)
                .expectNoEvents();
    }

    @Test
    void anErasureDropsTheTextOnceAndTheAccusedOrganStaysExcluded() {
        Instant erasedAt = NOW.plusSeconds(7200);
        MatterErased erased = new MatterErased("p-2", List.of("330102-jw"), erasedAt);
        // The accused organ came from the accused target's text (上城区纪委): it is kept by code before the text goes.
        fixture.given(accusationDecided())
                .when(new EraseMatter("p-2", erasedAt))
                .expectEvents(erased);
        Object[] afterErasure = java.util.Arrays.copyOf(accusationDecided(), 4);
        afterErasure[3] = erased;
        fixture.given(afterErasure)
                .when(new EraseMatter("p-2", erasedAt.plusSeconds(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        // Art 30 ¶3 still binds once the text that named the organ is gone.
        fixture.given(afterErasure)
                .when(new OverrideRouting("p-2", null, "330102-jw", "就近处理", "supervisor-1", erasedAt.plusSeconds(60)))
                .expectNoEvents()
                .expectException(RoutingRefusedException.class);
    }

    @Test
    void aPersonsErasureForgetsOnlyTheirPseudonymAndKeepsTheText() {
        Matter collective = new Matter(Purpose.APPEAL, "劳动保障", "请求支付工资", "事实", "330102", true, null,
                List.of("pseudonym-1", "pseudonym-2"), "330102", List.of());
        Instant erasedAt = NOW.plusSeconds(3600);
        PetitionersForgotten forgotten = new PetitionersForgotten("p-4", List.of("pseudonym-1"), erasedAt);
        fixture.given(new MatterRecorded("p-4", collective, "demo"))
                .when(new ForgetPetitioners("p-4", List.of("pseudonym-1"), erasedAt))
                .expectEvents(forgotten);
        // Redelivery, and a person routing never knew (no ID number), change nothing.
        fixture.given(new MatterRecorded("p-4", collective, "demo"), forgotten)
                .when(new ForgetPetitioners("p-4", List.of("pseudonym-1"), erasedAt))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(new MatterRecorded("p-4", collective, "demo"))
                .when(new ForgetPetitioners("p-4", List.of(), erasedAt))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        Matter after = collective.withoutPseudonyms(List.of("pseudonym-1"));
        org.assertj.core.api.Assertions.assertThat(after.pseudonyms()).containsExactly("pseudonym-2");
        org.assertj.core.api.Assertions.assertThat(after.request()).isEqualTo("请求支付工资");
        org.assertj.core.api.Assertions.assertThat(after.isErased()).isFalse();
    }

    @Test
    void anErasedMatterKeepsNothingPersonal() {
        Matter matter = new Matter(Purpose.REPORT_OR_ACCUSATION, "纪检监察", "张三反映", "李四收钱", "330102", false,
                "上城区纪委李四", List.of("pseudonym-1"), "330102", List.of("330102-zjj"));
        Matter erased = matter.erased(List.of("330102-jw"));
        org.assertj.core.api.Assertions.assertThat(erased.toString()).doesNotContain("张三", "李四", "pseudonym-1");
        org.assertj.core.api.Assertions.assertThat(erased.complainedOrgans()).containsExactly("330102-jw", "330102-zjj");
        org.assertj.core.api.Assertions.assertThat(erased.isErased()).isTrue();
        org.assertj.core.api.Assertions.assertThat(new Matter(Purpose.APPEAL, "c", "r", "f", "330102").erased(List.of())
                .accusedTarget()).isNull();
    }
}
