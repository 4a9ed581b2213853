package org.petitionsuite.intake.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.DocumentType;
import org.petitionsuite.contract.HandlingOutcome;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.contract.ReviewLevel;
import org.petitionsuite.contract.ReviewOutcome;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.intake.api.ClassificationNoted;
import org.petitionsuite.intake.api.CompletionReported;
import org.petitionsuite.intake.api.DecideAcceptance;
import org.petitionsuite.intake.api.DocumentIssued;
import org.petitionsuite.intake.api.IssueHandlingOpinion;
import org.petitionsuite.intake.api.IssueReviewOpinion;
import org.petitionsuite.intake.api.NoteObjection;
import org.petitionsuite.intake.api.NoteRoute;
import org.petitionsuite.intake.api.ObjectionNoted;
import org.petitionsuite.intake.api.PetitionAccepted;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.PetitionRegistered;
import org.petitionsuite.intake.api.RequestReview;
import org.petitionsuite.intake.api.RouteNoted;
import org.petitionsuite.intake.api.SubmitCompletionReport;
import org.petitionsuite.kit.rest.TransitionRefused;
import org.petitionsuite.documents.DocumentText;

/**
 * What the documents say as the procedure issues them (条例 Art 22–23, 31–36; GB/T 9704 文号): the organs the matter
 * passed through, Chinese citations, a number from the issuing organ's own sequence, and a channel told as a channel.
 * Registered by 上城区信访局 (330102-xfj) on 3 November 2025, a matter in 330102 (Zhejiang's limits).
 */
class DocumentIssuanceTest {
    private static final String ID = "p-doc";
    private static final String ORGAN = "330102-rsj";
    private static final String ORGAN_NAME = "杭州市上城区人力资源和社会保障局";
    private static final String COURT = "330102-fy";
    private static final Instant ROUTED = Instant.parse("2025-11-03T02:00:00Z");
    private AggregateTestFixture<Petition> fixture;

    @BeforeEach
    void setUp() {
        fixture = PetitionTest.fixtureWith(RegistrationPolicy.national());
    }

    private static PetitionDetails details() {
        PetitionDetails d = Samples.details("ref-doc");
        return new PetitionDetails(d.petitioners(), d.channel(), d.purpose(), d.contentCategory(), d.request(),
                d.factsAndReasons(), d.placeOfMatter(), d.numberOfPeople(), d.collective(), d.accusedTarget(),
                d.registeringOrgan(), ROUTED, d.sourceSystem(), d.sourceReference(), null, d.complainedOrgans()).withDefaults();
    }

    private static List<Object> registered() {
        return new ArrayList<>(List.of(new PetitionRegistered(ID, details(), ROUTED, "registrar-1", ID)));
    }

    private static NoteRoute route(String organ, String name, String mode, Integer reportWithin, String decision, String... flags) {
        return new NoteRoute(ID, organ, name, mode, reportWithin, ROUTED, decision, List.of(), LocalDate.parse("2025-11-18"),
                List.of(flags));
    }

    private static RouteNoted routed(String organ, String name) {
        return new RouteNoted(ID, organ, name, "FORWARD", null, ROUTED, "ce-r", List.of(), LocalDate.parse("2025-11-18"),
                List.of(), List.of("330100-rsj"), List.of("330000-rsj"));
    }

    /** The documents the command issues, in order. */
    private List<DocumentIssued> documents(List<Object> given, Object command) {
        return applied(given, command).stream().filter(DocumentIssued.class::isInstance).map(DocumentIssued.class::cast).toList();
    }

    /** Every event {@code command} applies on top of {@code given}; fails if the handler throws. */
    private List<Object> applied(List<Object> given, Object command) {
        List<Object> applied = new ArrayList<>();
        fixture.given(given).when(command).expectSuccessfulHandlerExecution().expectEventsMatching(new BaseMatcher<>() {
            @Override
            public boolean matches(Object events) {
                for (Object event : (List<?>) events) {
                    applied.add(((EventMessage<?>) event).getPayload());
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("any events");
            }
        });
        return applied;
    }

    private static String text(DocumentIssued document) {
        DocumentText text = DocumentText.of(document.type().slug(), document.type().title(), document.fields());
        return text.title() + "\n" + text.number() + "\n" + String.join("\n", text.paragraphs()) + "\n"
                + String.join("\n", text.signature());
    }

    @Test
    void aForwardedMatterGoesWithASlipAndThePetitionerIsToldWhere_Art22_Art23() {
        List<DocumentIssued> issued = documents(registered(), route(ORGAN, ORGAN_NAME, "FORWARD", null, "ce-1"));
        assertThat(issued).extracting(DocumentIssued::type).containsExactly(DocumentType.FORWARDING_SLIP, DocumentType.ROUTE_NOTICE);
        assertThat(issued).extracting(DocumentIssued::number).containsExactly("上城区信访局转〔2025〕1号", "上城区信访局告〔2025〕1号");
        assertThat(text(issued.get(0))).startsWith("信访事项转送单").contains(ORGAN_NAME + "：")
                .contains("现依照《信访工作条例》第二十二条第一款的规定转送你单位")
                .contains("依照《浙江省信访条例》第二十条，自收到之日起5个工作日内（即2025年11月18日前）决定是否受理")
                .contains("5个工作日内向本机关提出异议").endsWith("上城区信访局\n2025年11月3日");
        assertThat(text(issued.get(1))).contains("经审查属于" + ORGAN_NAME + "职权范围，本机关已于2025年11月3日依法转送该机关办理")
                .doesNotContain("Art").doesNotContain("¶");
    }

    /** Art 23 ¶3: the receiving organ's objection goes to the department that sent the matter as its 异议函, once. */
    @Test
    void anObjectionIsIssuedAsTheOrgansLetterToTheDepartmentOnce_Art23_3() {
        List<Object> given = registered();
        given.add(routed(ORGAN, ORGAN_NAME));
        NoteObjection objection = new NoteObjection(ID, ORGAN, "该事项系企业内部劳动合同争议，应申请劳动仲裁，不属于本局劳动保障监察职责",
                LocalDate.parse("2025-11-03"), LocalDate.parse("2025-11-10"), ROUTED.plusSeconds(86400), "ce-o");
        List<Object> applied = applied(given, objection);
        assertThat(applied).first().isInstanceOf(ObjectionNoted.class);
        List<DocumentIssued> issued = applied.stream().filter(DocumentIssued.class::isInstance).map(DocumentIssued.class::cast).toList();
        assertThat(issued).extracting(DocumentIssued::type).containsExactly(DocumentType.OBJECTION_LETTER);
        assertThat(issued.get(0).number()).startsWith(ORGAN_NAME + "异〔2025〕");
        assertThat(text(issued.get(0))).startsWith("信访事项异议函").contains("上城区信访局：")
                .contains("本机关于2025年11月3日收到").contains("5个工作日内（2025年11月10日前）提出异议")
                .contains("应申请劳动仲裁").contains("《信访工作条例》第二十三条第三款").endsWith(ORGAN_NAME + "\n2025年11月4日");
        given.addAll(applied);
        fixture.given(given).when(objection).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void anAssignedMatterNamesTheDaysToReportWithin_Art22_1_3() {
        List<DocumentIssued> issued = documents(registered(), route(ORGAN, ORGAN_NAME, "ASSIGN", 30, "ce-1"));
        assertThat(issued).extracting(DocumentIssued::type).containsExactly(DocumentType.ASSIGNMENT_SLIP, DocumentType.ROUTE_NOTICE);
        assertThat(text(issued.get(0))).contains("第二十二条第一款第（三）项的规定交由你单位办理").contains("请于30日内将办理结果反馈本机关");
        assertThat(text(issued.get(1))).contains("依法交办该机关办理");
    }

    @Test
    void noSlipForTheRegisteringOrganItselfTheSameSeatAgainOrARouteForTheFileOnly() {
        assertThat(documents(registered(), route("330102-xfj", "上城区信访局", "FORWARD", null, "ce-1"))).isEmpty();
        List<Object> routedOnce = registered();
        routedOnce.add(routed(ORGAN, ORGAN_NAME));
        assertThat(documents(routedOnce, route(ORGAN, ORGAN_NAME, "FORWARD", null, "ce-2"))).isEmpty();
        assertThat(documents(registered(), route(ORGAN, ORGAN_NAME, "FORWARD", null, "ce-1", PetitionRoutedV1.ALREADY_ACCEPTED_BELOW)))
                .extracting(DocumentIssued::type).containsExactly(DocumentType.NON_ACCEPTANCE_NOTICE);
    }

    @Test
    void aNoticeByTheOrgansOwnRulesPromisesNoPetitionLimit_Art23_4() {
        List<DocumentIssued> issued = documents(registered(), route(COURT, "杭州市上城区人民法院", "FORWARD", null, "ce-1",
                PetitionRoutedV1.NOTICE_BY_OWN_RULES));
        assertThat(text(issued.get(1))).doesNotContain("15日").contains("依照有关法律、法规规定的程序办理");
    }

    /** 诉访分离: a court "accepting" a request to reopen a judgment tells the channel, not a petition's acceptance. */
    @Test
    void aMatterOfAnotherChannelIsToldItsChannelNotAnAcceptance_Art31() {
        List<Object> given = registered();
        given.add(routed(COURT, "杭州市上城区人民法院"));
        given.add(new ClassificationNoted(ID, PetitionKind.APPEAL_OR_DEMAND, LegalChannel.COURT_PROCEDURE, "条例 Art 31(一)",
                "national@2026.1", "court", ROUTED, "ce-c"));
        List<DocumentIssued> issued = documents(given, new DecideAcceptance(ID, true, null, null, null, COURT, "handler-1",
                Instant.parse("2025-11-05T02:00:00Z")));
        assertThat(issued).extracting(DocumentIssued::type).containsExactly(DocumentType.ACCEPTANCE_NOTICE);
        assertThat(text(issued.get(0))).startsWith("信访事项处理途径告知书").contains("该事项属于审判机关诉讼程序处理的事项")
                .contains("《信访工作条例》第三十一条第（一）项、第二十八条第二款").doesNotContain("依法受理").doesNotContain("办结");
    }

    @Test
    void aPetitionAcceptedOnThePetitionTrackIsAcceptedAndNamesWhoForwardedIt_Art23() {
        List<Object> given = registered();
        given.add(routed(ORGAN, ORGAN_NAME));
        given.add(new ClassificationNoted(ID, PetitionKind.APPEAL_OR_DEMAND, LegalChannel.PETITION_PROCEDURE, "条例 Art 31(六)",
                "national@2026.1", "petition", ROUTED, "ce-c"));
        List<DocumentIssued> issued = documents(given, new DecideAcceptance(ID, true, null, null, null, ORGAN, "handler-1",
                Instant.parse("2025-11-05T02:00:00Z")));
        assertThat(issued.get(0).number()).isEqualTo(ORGAN_NAME + "受〔2025〕1号");
        assertThat(text(issued.get(0))).startsWith("受理告知书").contains("由上城区信访局于2025年11月3日转送本机关")
                .contains("本机关已于2025年11月5日依法受理").contains("依照《浙江省信访条例》第二十三条，本机关将自受理之日起30日内");
    }

    /** Art 35: the review opinion names the opinion it reviews: its organ, date and number. */
    @Test
    void theReviewOpinionNamesTheOriginalOpinion_Art35() {
        List<Object> given = registered();
        given.add(routed(ORGAN, ORGAN_NAME));
        given.add(new ClassificationNoted(ID, PetitionKind.APPEAL_OR_DEMAND, LegalChannel.PETITION_PROCEDURE, "条例 Art 31(六)",
                "national@2026.1", "petition", ROUTED, "ce-c"));
        given.add(new PetitionAccepted(ID, "330102", ORGAN, null, "条例 Art 23 ¶2–3", LocalDate.parse("2025-11-18"), true,
                "national@2022", "handler-1", Instant.parse("2025-11-05T02:00:00Z"), LocalDate.parse("2026-01-05")));
        List<Object> opinion = new ArrayList<>(given);
        opinion.addAll(applied(given, new IssueHandlingOpinion(ID, HandlingOutcome.NOT_SUPPORT, "经核实，工资已结清。", "不予支持。",
                "《保障农民工工资支付条例》第三条", ORGAN, "handler-1", Instant.parse("2025-12-01T02:00:00Z"))));
        opinion.add(new org.petitionsuite.intake.api.ReviewRequested(ID, "330102", ReviewLevel.REVIEW, "330100-rsj",
                "杭州市人力资源和社会保障局", LocalDate.parse("2025-12-10"), "请求复查", LocalDate.parse("2026-01-09"),
                "national@2022", "handler-2", Instant.parse("2025-12-10T02:00:00Z")));
        List<DocumentIssued> issued = documents(opinion, new IssueReviewOpinion(ID, ReviewLevel.REVIEW, ReviewOutcome.UPHOLD,
                "经复查，原处理意见认定事实清楚。", "维持。", "《信访工作条例》第三十五条", "330100-rsj", "handler-2",
                Instant.parse("2025-12-20T02:00:00Z")));
        assertThat(issued.get(0).number()).isEqualTo("杭州市人力资源和社会保障局复查〔2025〕1号");
        assertThat(text(issued.get(0))).contains("对" + ORGAN_NAME + "于2025年12月1日作出的信访处理意见书（" + ORGAN_NAME
                + "处〔2025〕1号）不服").contains("复查意见：维持" + ORGAN_NAME).endsWith("杭州市人力资源和社会保障局\n2025年12月20日");
    }

    /** GB/T 9704 文号: each organ numbers each series from 1 each year; another organ or series starts its own. */
    @Test
    void numbersFollowTheIssuingOrgansOwnSequence() {
        CountingDocumentNumbers numbers = new CountingDocumentNumbers();
        assertThat(numbers.next("a", "上城信", DocumentType.HANDLING_OPINION, 2025)).isEqualTo("上城信处〔2025〕1号");
        assertThat(numbers.next("a", "上城信", DocumentType.HANDLING_OPINION, 2025)).isEqualTo("上城信处〔2025〕2号");
        assertThat(numbers.next("a", "上城信", DocumentType.ACCEPTANCE_NOTICE, 2025)).isEqualTo("上城信受〔2025〕1号");
        assertThat(numbers.next("b", "西湖信", DocumentType.HANDLING_OPINION, 2025)).isEqualTo("西湖信处〔2025〕1号");
        assertThat(numbers.next("a", "上城信", DocumentType.HANDLING_OPINION, 2026)).isEqualTo("上城信处〔2026〕1号");
        assertThat(DocumentNumbers.SERIES).as("every type has its series").containsOnlyKeys(DocumentType.values());
    }

    /** Art 22 ¶1(三): an assigned matter comes back as the organ's 办结报告 to the department, once, after its decision. */
    @Test
    void anAssignedOrganReportsItsResultOnce_Art22_1_3() {
        List<Object> assigned = registered();
        assigned.add(new RouteNoted(ID, ORGAN, ORGAN_NAME, "ASSIGN", 30, ROUTED, "ce-r", List.of(), LocalDate.parse("2025-11-18"),
                List.of(), List.of(), List.of()));
        Instant reported = Instant.parse("2025-12-10T02:00:00Z");
        fixture.given(assigned).when(new SubmitCompletionReport(ID, ORGAN, "已办结", "handler-1", reported))
                .expectException(TransitionRefused.class).expectNoEvents(); // the organ has not decided yet
        assigned.add(new PetitionAccepted(ID, "330102", ORGAN, null, "条例 Art 23 ¶2–3", LocalDate.parse("2025-11-18"), true,
                "zhejiang@2016", "handler-1", Instant.parse("2025-11-05T02:00:00Z"), LocalDate.parse("2025-12-05")));
        List<Object> events = applied(assigned, new SubmitCompletionReport(ID, ORGAN, "经调查，拖欠工资属实，已责令支付。",
                "handler-1", reported));
        assertThat(events.get(0)).isEqualTo(new CompletionReported(ID, "330102", ORGAN, LocalDate.parse("2025-12-03"), false,
                "handler-1", reported));
        DocumentIssued report = (DocumentIssued) events.get(1);
        assertThat(report.type()).isEqualTo(DocumentType.COMPLETION_REPORT);
        assertThat(report.number()).isEqualTo(ORGAN_NAME + "办结〔2025〕1号");
        assertThat(text(report)).startsWith("信访事项办结报告").contains("上城区信访局：")
                .contains("你单位于2025年11月3日交办的王建国信访事项").contains("要求30日内反馈结果")
                .contains("经调查，拖欠工资属实，已责令支付。").contains("目前办理状态：受理").endsWith(ORGAN_NAME + "\n2025年12月10日");
        List<Object> done = new ArrayList<>(assigned);
        done.addAll(events);
        fixture.given(done).when(new SubmitCompletionReport(ID, ORGAN, "再报一次", "handler-1", reported))
                .expectException(TransitionRefused.class).expectNoEvents();
        fixture.given(assigned).when(new SubmitCompletionReport(ID, ORGAN, " ", "handler-1", reported))
                .expectException(InvalidStepException.class).expectNoEvents();
        List<Object> forwarded = registered();
        forwarded.add(routed(ORGAN, ORGAN_NAME));
        fixture.given(forwarded).when(new SubmitCompletionReport(ID, ORGAN, "已办结", "handler-1", reported))
                .expectException(TransitionRefused.class).expectNoEvents();
    }
}
