package org.petitionsuite.reporting.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.petitionsuite.contract.AgreementKind;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.contract.ConclusionBasis;
import org.petitionsuite.contract.EvaluationTarget;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.HandlingOutcome;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionStatus;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.contract.Satisfaction;
import org.petitionsuite.contract.intake.AgreementRecordedV1;
import org.petitionsuite.contract.intake.EvaluatedV1;
import org.petitionsuite.contract.intake.HandlingOpinionIssuedV1;
import org.petitionsuite.contract.intake.LimitLapsedV1;
import org.petitionsuite.contract.intake.PetitionAcceptanceDecidedV1;
import org.petitionsuite.contract.intake.PetitionConcludedV1;
import org.petitionsuite.contract.intake.PetitionRegisteredV1;
import org.petitionsuite.contract.routing.PetitionClassifiedV1;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.contract.supervision.DeadlineBreachedV1;
import org.petitionsuite.contract.supervision.DeadlineMetV1;
import org.petitionsuite.testkit.TopicWriter;

/**
 * Eight petitions with every case §5.1 distinguishes, written to the three topics as intake, routing and supervision
 * write them. Each run uses its own township of 雁塔区 (610113) and its own months, so that earlier runs on the same
 * broker never change the figures; the expectations in {@link IndicatorsTest} are worked out by hand from the table
 * in its Javadoc.
 */
final class FixedEventSet {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    final String township;
    final LocalDate first;
    final LocalDate second;
    /** Organs complained about (被投诉机关): 住建局 by six petitions, 城管局 and 人社局 by one each. */
    static final PetitionRegisteredV1.ComplainedOrgan ZJJ = new PetitionRegisteredV1.ComplainedOrgan("610113-zjj", "雁塔区住房和城乡建设局"),
            CG = new PetitionRegisteredV1.ComplainedOrgan("610113-cg", "雁塔区城市管理和综合执法局"),
            RSJ = new PetitionRegisteredV1.ComplainedOrgan("610113-rsj", "雁塔区人力资源和社会保障局");
    final String p1 = id(), p2 = id(), p3 = id(), p4 = id(), p5 = id(), p6 = id(), p7 = id(), p8 = id();

    FixedEventSet() {
        Random random = new Random();
        township = "610113" + String.format("%03d", 1 + random.nextInt(999));
        first = LocalDate.of(2001, 1, 1).plusWeeks(random.nextInt(900)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        second = first.plusDays(35);
    }

    String village(int n) {
        return township + String.format("%03d", n);
    }

    void publish() throws Exception {
        String v1 = village(1);
        // P1: letter, first; forwarded and notified in time, answered in 20 days, concluded at first handling; evaluated.
        registered(p1, first, Channel.LETTER, 1, false, true, "劳动和社会保障_工资拖欠", v1, ZJJ);
        registered(p1, first, Channel.LETTER, 1, false, true, "劳动和社会保障_工资拖欠", v1, ZJJ); // redelivered (same ce_id): counted once
        classified(p1, LegalChannel.PETITION_PROCEDURE);
        routed(p1, "610113-rsj");
        decided(p1, true);
        met(p1, "FORWARD_OR_ASSIGN", "610100-xfj", true);
        met(p1, "ACCEPTANCE_NOTICE", "610113-rsj", true);
        opinion(p1, first.plusDays(20), true);
        concluded(p1, true, true);
        evaluated(p1, EvaluationTarget.PETITION_DEPARTMENT, Satisfaction.SATISFIED);
        evaluated(p1, EvaluationTarget.RESPONSIBLE_UNIT, Satisfaction.BASICALLY_SATISFIED);
        // P2: collective visit of 30, forwarded late, notice overdue and still not given, handling limit lapsed.
        registered(p2, first, Channel.VISIT, 30, true, true, "城乡建设_征地拆迁", v1, ZJJ, CG);
        classified(p2, LegalChannel.PETITION_PROCEDURE);
        routed(p2, "610113-zjj");
        decided(p2, true);
        met(p2, "FORWARD_OR_ASSIGN", "610100-xfj", false);
        breached(p2, "ACCEPTANCE_NOTICE", "610113-zjj");
        lapsed(p2, "HANDLING", List.of());
        // P3: a repeat visit of 2, notice late, answered late after 70 days; unit dissatisfied, department not evaluated.
        registered(p3, first, Channel.VISIT, 2, false, false, "劳动和社会保障_工资拖欠", v1, ZJJ);
        classified(p3, LegalChannel.PETITION_PROCEDURE);
        routed(p3, "610113-rsj");
        decided(p3, true);
        met(p3, "ACCEPTANCE_NOTICE", "610113-rsj", false);
        opinion(p3, first.plusDays(70), false);
        evaluated(p3, EvaluationTarget.RESPONSIBLE_UNIT, Satisfaction.DISSATISFIED);
        lapsed(p3, "EVALUATION", List.of(EvaluationTarget.PETITION_DEPARTMENT));
        // P4: online, first, for the courts (诉访分离), declined by the petition procedure; forwarded in time.
        registered(p4, first, Channel.ONLINE, 1, false, true, "政法_诉讼", v1, RSJ);
        classified(p4, LegalChannel.COURT_PROCEDURE);
        routed(p4, "610113-fy");
        decided(p4, false);
        met(p4, "FORWARD_OR_ASSIGN", "610100-xfj", true);
        // P5: online, first, accepted and not yet answered (within the limit).
        registered(p5, second, Channel.ONLINE, 1, false, true, "劳动和社会保障_工资拖欠", v1, ZJJ);
        classified(p5, LegalChannel.PETITION_PROCEDURE);
        routed(p5, "610113-rsj");
        decided(p5, true);
        met(p5, "FORWARD_OR_ASSIGN", "610100-xfj", true);
        // P6: mobile, first, an accusation for discipline inspection; settled by agreement in 10 days; nobody evaluated.
        registered(p6, second, Channel.MOBILE, 1, false, true, "纪检监察_检举", v1, ZJJ);
        classified(p6, LegalChannel.DISCIPLINE_INSPECTION);
        routed(p6, "610100-jw");
        decided(p6, true);
        agreement(p6, second.plusDays(10));
        concluded(p6, true, true);
        lapsed(p6, "EVALUATION", List.of(EvaluationTarget.PETITION_DEPARTMENT, EvaluationTarget.RESPONSIBLE_UNIT));
        // P7: letter, first, answered in 30 days in time, concluded only after review.
        registered(p7, second, Channel.LETTER, 1, false, true, "劳动和社会保障_工资拖欠", v1, ZJJ);
        classified(p7, LegalChannel.PETITION_PROCEDURE);
        routed(p7, "610113-rsj");
        decided(p7, true);
        opinion(p7, second.plusDays(30), true);
        concluded(p7, true, false);
        // P8: a repeat by phone from another village, not classified yet.
        registered(p8, second, Channel.PHONE, 1, false, false, "城乡建设_征地拆迁", village(2));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    static Instant at(LocalDate day) {
        return day.atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(8)).plusSeconds(3600 * 10);
    }

    /** The ce_id of a petition's registration is fixed, so writing it twice is a redelivery. */
    private void registered(String p, LocalDate day, Channel channel, int people, boolean collective, boolean firstTime,
                            String category, String place, PetitionRegisteredV1.ComplainedOrgan... complained) throws Exception {
        registration(p, "registered-" + p, day, channel, people, collective, firstTime, category, place, List.of(complained));
    }

    /** A {@code petition.registered.v1} as intake writes it, received and registered at 10:00 Beijing time on {@code day}. */
    static void registration(String p, String ceId, LocalDate day, Channel channel, int people, boolean collective,
                             boolean firstTime, String category, String place) throws Exception {
        registration(p, ceId, day, channel, people, collective, firstTime, category, place, List.of());
    }

    static void registration(String p, String ceId, LocalDate day, Channel channel, int people, boolean collective,
                             boolean firstTime, String category, String place,
                             List<PetitionRegisteredV1.ComplainedOrgan> complained) throws Exception {
        send(EventType.PETITION_REGISTERED_V1, p, ceId, new PetitionRegisteredV1(p, at(day), at(day), channel,
                Purpose.SEEK_RESOLUTION, category, "请求", "事实", place, people, collective, List.of(), null,
                new PetitionRegisteredV1.Organ("610100-xfj", "西安市信访局", "610100"), "test", null, p, firstTime,
                complained));
    }

    private void classified(String p, LegalChannel channel) throws Exception {
        send(EventType.PETITION_CLASSIFIED_V1, p, id(), new PetitionClassifiedV1(p, village(1), channel.kind(), channel,
                "test@1", "rule", "条例", "why", List.of(), at(first), "r"));
    }

    private void routed(String p, String organ) throws Exception {
        send(EventType.PETITION_ROUTED_V1, p, id(), new PetitionRoutedV1(p, village(1), organ, organ + " 名称", "COUNTY",
                "610113", "FORWARD", null, "d", "条例 Art 22", "有处理权", List.of(), at(first), java.util.List.of()));
    }

    private void decided(String p, boolean accepted) throws Exception {
        send(accepted ? EventType.PETITION_ACCEPTED_V1 : EventType.PETITION_DECLINED_V1, p, id(),
                new PetitionAcceptanceDecidedV1(p, village(1), "o", accepted ? null : "诉讼",
                        accepted ? null : LegalChannel.COURT_PROCEDURE, "条例 Art 31", first.plusDays(15), true,
                        "national@2022", at(first)));
    }

    private void met(String p, String step, String organ, boolean timely) throws Exception {
        send(EventType.DEADLINE_MET_V1, p, id(), new DeadlineMetV1(p, village(1), clockId(step), step,
                "条例", organ, first.plusDays(15), first.plusDays(timely ? 5 : 20), timely, "national@2022", at(first)));
    }

    private void breached(String p, String step, String organ) throws Exception {
        send(EventType.DEADLINE_BREACHED_V1, p, id(), new DeadlineBreachedV1(p, village(1), clockId(step), step, "条例",
                organ, first.plusDays(15), first.plusDays(16), "national@2022", at(first)));
    }

    private void opinion(String p, LocalDate on, boolean timely) throws Exception {
        send(EventType.HANDLING_OPINION_ISSUED_V1, p, id(), new HandlingOpinionIssuedV1(p, village(1), "o",
                HandlingOutcome.SUPPORT, first.plusDays(60), timely, "national@2022", at(on), on, on.plusDays(30),
                on.plusDays(30)));
    }

    private void agreement(String p, LocalDate on) throws Exception {
        send(EventType.AGREEMENT_RECORDED_V1, p, id(), new AgreementRecordedV1(p, village(1), "o",
                AgreementKind.MEDIATION, on, on.plusDays(50), true, on.plusDays(30), at(on)));
    }

    private void concluded(String p, boolean firstTime, boolean atFirstHandling) throws Exception {
        send(EventType.PETITION_CONCLUDED_V1, p, id(), new PetitionConcludedV1(p, village(1),
                ConclusionBasis.NO_REVIEW_REQUESTED, p, firstTime, atFirstHandling, at(second.plusDays(60))));
    }

    private void evaluated(String p, EvaluationTarget target, Satisfaction s) throws Exception {
        send(EventType.EVALUATED_V1, p, id(), new EvaluatedV1(p, village(1), target, s, "o", first.plusDays(90),
                at(first.plusDays(40))));
    }

    private void lapsed(String p, String step, List<EvaluationTarget> unevaluated) throws Exception {
        send(EventType.LIMIT_LAPSED_V1, p, id(), new LimitLapsedV1(p, village(1), step, first.plusDays(60),
                "HANDLING".equals(step) ? PetitionStatus.OPINION_OVERDUE : PetitionStatus.CONCLUDED, unevaluated,
                first.plusDays(61)));
    }

    /** As supervision numbers them: unique within a petition only, so every petition has an ACCEPTANCE_NOTICE#2. */
    private static String clockId(String step) {
        return step + "#" + ("FORWARD_OR_ASSIGN".equals(step) ? 1 : 2);
    }

    static void send(EventType type, String key, String ceId, Object data) throws Exception {
        TopicWriter.send(type.topic(), key, type.wireName(), ceId, JSON.writeValueAsString(data));
    }
}
