package org.petitionsuite.supervision.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.petitionsuite.supervision.command.History.of;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.supervision.ActionClosedV1;
import org.petitionsuite.contract.supervision.ActionIssuedV1;
import org.petitionsuite.contract.supervision.ActionKind;
import org.petitionsuite.contract.supervision.ActionRespondedV1;
import org.petitionsuite.contract.supervision.ActionResponseOverdueV1;
import org.petitionsuite.contract.supervision.Adoption;
import org.petitionsuite.kit.rest.TransitionRefused;
import org.petitionsuite.documents.DocumentSequences;
import org.petitionsuite.supervision.api.ActionLetter;
import org.petitionsuite.supervision.api.CheckResponseDue;
import org.petitionsuite.supervision.letters.LetterKind;
import org.petitionsuite.supervision.api.CloseAction;
import org.petitionsuite.supervision.api.IssueAction;
import org.petitionsuite.supervision.api.RespondToAction;

/** 督办 and the three recommendations of 条例 Art 40, followed to closure. */
class SupervisionActionTest {
    private static final String A = "9a0c1f4e-2b7d-4c1a-8e3f-5d6b7a8c9d0e";
    private static final Instant ISSUED = Instant.parse("2026-11-02T02:00:00Z");
    private AggregateTestFixture<SupervisionAction> fixture;
    private History history;
    /** The departments' letter sequences in memory (the service keeps them in its database). */
    private final Map<String, Long> sequences = new HashMap<>();
    private final LetterNumbers numbers = (region, issuer, kind, year) -> DocumentSequences.format(issuer,
            LetterKind.of(kind).series(), year, sequences.merge(region + kind + year, 1L, Long::sum));

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SupervisionAction.class);
        fixture.registerInjectableResource(numbers);
        history = new History(fixture);
    }

    private static IssueAction recommendation(ActionKind kind, List<String> petitions) {
        return new IssueAction(A, kind, "110105-rsj", "110105", petitions, "多件工资拖欠信访逾期未办结",
                LocalDate.parse("2026-12-02"), "supervisor-1", ISSUED);
    }

    @Test
    void aRecommendationIsAnsweredWithWhatWasAdoptedAndThenClosed_Art40() {
        List<Object> issued = history.when(recommendation(ActionKind.IMPROVE_WORK, List.of("p-1", "p-2")));
        assertThat(of(ActionIssuedV1.class, issued)).singleElement().satisfies(a -> {
            assertThat(a.article()).isEqualTo("条例 Art 40 ¶1");
            assertThat(a.petitionIds()).containsExactly("p-1", "p-2");
        });
        history.refused(new CloseAction(A, "supervisor-1", null, ISSUED.plusSeconds(60)), TransitionRefused.class);
        history.refused(new RespondToAction(A, "110105-rsj", "已整改", null, "h", ISSUED), SupervisionRefusedException.class);
        history.refused(new RespondToAction(A, "110105-zjj", "已整改", Adoption.ADOPTED, "h", ISSUED),
                SupervisionRefusedException.class);
        List<Object> answered = history.when(new RespondToAction(A, "110105-rsj", "已建立台账，逐件督促办结", Adoption.ADOPTED,
                "handler-1", Instant.parse("2026-12-03T02:00:00Z")));
        assertThat(of(ActionRespondedV1.class, answered)).singleElement().satisfies(r -> {
            assertThat(r.adoption()).isEqualTo(Adoption.ADOPTED);
            assertThat(r.timely()).isFalse(); // due 2 December, answered on the 3rd
        });
        assertThat(of(ActionClosedV1.class, history.when(new CloseAction(A, "supervisor-1", "跟踪到位",
                Instant.parse("2026-12-04T02:00:00Z"))))).hasSize(1);
        history.refused(new CloseAction(A, "supervisor-1", null, Instant.parse("2026-12-05T02:00:00Z")),
                TransitionRefused.class);
    }

    @Test
    void anAccountabilityRecommendationNamesItsPetitions_Art40() {
        history.refused(recommendation(ActionKind.ACCOUNTABILITY, List.of()), SupervisionRefusedException.class);
        assertThat(history.when(recommendation(ActionKind.ACCOUNTABILITY, List.of("p-9")))).isNotEmpty();
    }

    @Test
    void anOrderWithoutReasonsOrDueDateIsRefused() {
        history.refused(new IssueAction(A, ActionKind.SUPERVISION_ORDER, "110105-rsj", "110105", List.of(), " ",
                null, "s", ISSUED), SupervisionRefusedException.class);
        history.refused(new IssueAction(A, ActionKind.SUPERVISION_ORDER, "110105-rsj", "110105", List.of(), "逾期",
                LocalDate.parse("2026-11-02"), "s", ISSUED), SupervisionRefusedException.class);
    }

    @Test
    void anUnansweredOrderIsOverdueOnceAfterItsDueDate() {
        history.when(new IssueAction(A, ActionKind.LISTED_SUPERVISION, "110105-rsj", "110105", List.of("p-1"), "挂牌督办",
                LocalDate.parse("2026-11-20"), "s", ISSUED));
        assertThat(history.when(new CheckResponseDue(A, LocalDate.parse("2026-11-20"), ISSUED))).isEmpty();
        assertThat(of(ActionResponseOverdueV1.class, history.when(new CheckResponseDue(A, LocalDate.parse("2026-11-21"),
                ISSUED)))).singleElement().satisfies(o -> assertThat(o.responseDue()).isEqualTo(LocalDate.parse("2026-11-20")));
        assertThat(history.when(new CheckResponseDue(A, LocalDate.parse("2026-11-22"), ISSUED))).isEmpty();
        // An order is answered with its result, not with an adoption.
        history.refused(new RespondToAction(A, "110105-rsj", "已办结", Adoption.ADOPTED, "h", ISSUED),
                SupervisionRefusedException.class);
    }

    /** Art 40 ¶1–4: an action is issued in writing, its letter numbered from the department's own sequence. */
    @Test
    void everyActionIsIssuedWithANumberedLetter_Art40() {
        List<Object> issued = history.when(new IssueAction(A, ActionKind.ACCOUNTABILITY, "110105-rsj", "110105", List.of("p-1"),
                "拖延办理造成群体性事件", LocalDate.parse("2026-12-02"), "supervisor-1", ISSUED, "北京市朝阳区人民政府",
                "北京市朝阳区信访办公室"));
        assertThat(of(ActionLetter.class, issued)).singleElement().satisfies(letter -> {
            assertThat(letter.number()).isEqualTo("北京市朝阳区信访办公室责建〔2026〕1号");
            assertThat(letter.fields()).containsEntry("organName", "北京市朝阳区人民政府")
                    .containsEntry("article", "《信访工作条例》第四十条第三款")
                    .containsEntry("responseDue", "2026年12月2日").containsEntry("petitions", "p-1");
        });
        fixture.givenNoPriorActivity();
        History another = new History(fixture);
        List<Object> unnamed = another.when(new IssueAction("b" + A.substring(1), ActionKind.ACCOUNTABILITY, "110105-rsj",
                "110105", List.of("p-2"), "拖延", LocalDate.parse("2026-12-02"), "supervisor-1", ISSUED));
        assertThat(of(ActionLetter.class, unnamed)).singleElement().satisfies(letter -> {
            assertThat(letter.number()).isEqualTo("行政区划110105信访部门责建〔2026〕2号");
            assertThat(letter.fields()).containsEntry("organName", "110105-rsj");
        });
        history.refused(new IssueAction("c" + A.substring(1), ActionKind.IMPROVE_WORK, "110105-rsj", "110105", List.of(),
                "r", LocalDate.parse("2026-12-02"), "s", ISSUED, "名".repeat(201), null), SupervisionRefusedException.class);
    }
}
