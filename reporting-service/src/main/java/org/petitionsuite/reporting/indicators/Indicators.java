package org.petitionsuite.reporting.indicators;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.petitionsuite.reporting.projection.Sql;

/**
 * The indicators of petition-rules.md §5.1, computed from the projection's facts for a {@link Cohort}. Names follow
 * the published ones; each rate carries its numerator and denominator so a dashboard can show both.
 */
@ApplicationScoped
public class Indicators {
    /** Channels that stay inside the petition procedure; every other legal channel is a hand-over (诉访分离). */
    static final List<String> PETITION_PROCEDURE_CHANNELS =
            List.of("PETITION_PROCEDURE", "SUGGESTION_HANDLING", "ACCUSATION_TO_COMPETENT_ORGAN");

    /** Per petition: its duties past their last day and still not done (超期未办). */
    private static final String OPEN_BREACHES = """
            select petition_id, count(*) open_breaches from duty_fact
            where met_on is null and breached_on is not null group by petition_id""";

    private final AgroalDataSource dataSource;
    private final RuleOfLawIndex index;

    Indicators(AgroalDataSource dataSource, RuleOfLawIndex index) {
        this.dataSource = dataSource;
        this.index = index;
    }

    /** 信访总量 in 件次, and for visits 批次 (one per registered visit) and 人次 (people who came). */
    public record Volume(long items, long letters, long visitBatches, long visitPersons, long collectiveVisits,
                         long online, long repeats, long firstTime) {
    }

    /** 按期答复率: 按期答复 / (按期答复 + 超期答复 + 未答复 + 超期未答复), over the accepted petitions. */
    public record Answers(long onTime, long late, long unanswered, long unansweredOverdue, Rate rate) {
    }

    /** 及时受理率: 及时受理 / (及时受理 + 超期受理 + 超期未受理), from supervision's clocks for the step. */
    public record Acceptance(long timely, long late, long overdueNotAccepted, Rate rate) {
    }

    /** 满意率 (满意 + 基本满意) / 已评价 and 参评率 已评价 / (已评价 + 超期未评价), for one evaluated party. */
    public record Evaluation(long satisfied, long basicallySatisfied, long dissatisfied, long lapsedUnevaluated,
                             Rate satisfaction, Rate participation) {
    }

    public record Summary(Cohort cohort, Volume volume, Acceptance timelyAcceptanceDepartment,
                          Acceptance timelyAcceptanceUnit, Answers onTimeAnswer, Evaluation evaluationDepartment,
                          Evaluation evaluationUnit, Rate satisfaction, Rate participation, Rate repeatRate,
                          Rate onlineShare, Rate firstTimeResolution, Rate otherLegalChannels, Double averageHandlingDays,
                          long overdueDuties, RuleOfLawIndex.Score ruleOfLawIndex) {
    }

    public Summary summary(Cohort cohort) {
        return Sql.read(dataSource, c -> {
            Cohort.Where w = cohort.where();
            String other = "'" + String.join("','", PETITION_PROCEDURE_CHANNELS) + "'";
            var row = Sql.query(c, """
                    select count(*),
                      count(*) filter (where f.channel = 'LETTER'),
                      count(*) filter (where f.channel = 'VISIT'),
                      coalesce(sum(f.number_of_people) filter (where f.channel = 'VISIT'), 0),
                      count(*) filter (where f.channel = 'VISIT' and f.collective),
                      count(*) filter (where f.channel not in ('LETTER', 'VISIT')),
                      count(*) filter (where not f.first_time),
                      count(*) filter (where f.first_time),
                      count(*) filter (where f.accepted and f.handling_limit and f.answered_on is not null and f.answer_timely),
                      count(*) filter (where f.accepted and f.handling_limit and f.answered_on is not null and not f.answer_timely),
                      count(*) filter (where f.accepted and f.handling_limit and f.answered_on is null and not f.handling_lapsed),
                      count(*) filter (where f.accepted and f.handling_limit and f.answered_on is null and f.handling_lapsed),
                      count(*) filter (where f.first_time and f.handling_limit and f.concluded_on is not null),
                      count(*) filter (where f.first_time and f.handling_limit and f.concluded_on is not null and f.resolved_first),
                      count(*) filter (where f.legal_channel is not null),
                      count(*) filter (where f.legal_channel not in (%s)),
                      avg(f.answered_on - f.received_on) filter (where f.answered_on is not null)
                    from petition_fact f where f.registered_on is not null and %s""".formatted(other, w.sql()),
                    w.params(), rs -> longs(rs, 16, rs.getObject(17) == null ? null : rs.getDouble(17))).get(0);
            long[] n = row.values();
            Volume volume = new Volume(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7]);
            Answers answers = new Answers(n[8], n[9], n[10], n[11], Rate.of(n[8], n[8] + n[9] + n[10] + n[11]));
            Map<String, Acceptance> acceptance = acceptance(c, w);
            Map<String, long[]> evaluations = evaluations(c, w);
            Evaluation department = evaluation(evaluations.get("PETITION_DEPARTMENT"));
            Evaluation unit = evaluation(evaluations.get("RESPONSIBLE_UNIT"));
            long overdue = Sql.query(c, """
                    select count(*) from duty_fact d join petition_fact f on f.petition_id = d.petition_id
                    where d.met_on is null and d.breached_on is not null and %s""".formatted(w.sql()),
                    w.params(), rs -> rs.getLong(1)).get(0);
            Summary partial = new Summary(cohort, volume,
                    acceptance.getOrDefault("FORWARD_OR_ASSIGN", new Acceptance(0, 0, 0, Rate.of(0, 0))),
                    acceptance.getOrDefault("ACCEPTANCE_NOTICE", new Acceptance(0, 0, 0, Rate.of(0, 0))),
                    answers, department, unit,
                    Rate.of(department.satisfaction().numerator() + unit.satisfaction().numerator(),
                            department.satisfaction().denominator() + unit.satisfaction().denominator()),
                    Rate.of(department.participation().numerator() + unit.participation().numerator(),
                            department.participation().denominator() + unit.participation().denominator()),
                    Rate.of(n[6], n[0]), Rate.of(n[5], n[0]), Rate.of(n[13], n[12]), Rate.of(n[15], n[14]),
                    row.average() == null ? null : Math.round(row.average() * 10) / 10.0, overdue, null);
            return withIndex(partial);
        });
    }

    private Summary withIndex(Summary s) {
        String jurisdiction = s.cohort().regionPrefix().length() >= 2 ? s.cohort().regionPrefix().substring(0, 2) : "";
        return new Summary(s.cohort(), s.volume(), s.timelyAcceptanceDepartment(), s.timelyAcceptanceUnit(),
                s.onTimeAnswer(), s.evaluationDepartment(), s.evaluationUnit(), s.satisfaction(), s.participation(),
                s.repeatRate(), s.onlineShare(), s.firstTimeResolution(), s.otherLegalChannels(),
                s.averageHandlingDays(), s.overdueDuties(), index.score(jurisdiction, s));
    }

    private static Map<String, Acceptance> acceptance(Connection c, Cohort.Where w) throws SQLException {
        Map<String, Acceptance> out = new java.util.HashMap<>();
        for (var r : Sql.query(c, """
                select d.step,
                  count(*) filter (where d.met_on is not null and d.timely),
                  count(*) filter (where d.met_on is not null and not d.timely),
                  count(*) filter (where d.met_on is null and d.breached_on is not null)
                from duty_fact d join petition_fact f on f.petition_id = d.petition_id
                where d.step in ('FORWARD_OR_ASSIGN', 'ACCEPTANCE_NOTICE') and %s group by d.step""".formatted(w.sql()),
                w.params(), rs -> Map.entry(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}))) {
            long[] n = r.getValue();
            out.put(r.getKey(), new Acceptance(n[0], n[1], n[2], Rate.of(n[0], n[0] + n[1] + n[2])));
        }
        return out;
    }

    private static Map<String, long[]> evaluations(Connection c, Cohort.Where w) throws SQLException {
        Map<String, long[]> out = new java.util.HashMap<>();
        for (var r : Sql.query(c, """
                select e.target,
                  count(*) filter (where e.satisfaction = 'SATISFIED'),
                  count(*) filter (where e.satisfaction = 'BASICALLY_SATISFIED'),
                  count(*) filter (where e.satisfaction = 'DISSATISFIED'),
                  count(*) filter (where e.satisfaction is null and e.lapsed)
                from evaluation_fact e join petition_fact f on f.petition_id = e.petition_id
                where %s group by e.target""".formatted(w.sql()),
                w.params(), rs -> Map.entry(rs.getString(1),
                        new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}))) {
            out.put(r.getKey(), r.getValue());
        }
        return out;
    }

    private static Evaluation evaluation(long[] n) {
        long[] v = n == null ? new long[4] : n;
        long evaluated = v[0] + v[1] + v[2];
        return new Evaluation(v[0], v[1], v[2], v[3], Rate.of(v[0] + v[1], evaluated), Rate.of(evaluated, evaluated + v[3]));
    }

    /** One group of a breakdown: its key (a code), petitions, repeats, those answered on time, open breaches. */
    public record Group(String key, String label, long items, long repeats, Rate onTimeAnswer, long overdueDuties) {
    }

    /** Dimensions a breakdown may group by, each a column of petition_fact. */
    public enum Dimension {
        CHANNEL("f.channel"), PURPOSE("f.purpose"), CONTENT_CATEGORY("f.content_category"),
        LEGAL_CHANNEL("f.legal_channel"), AUTHORITY("f.routed_organ"), REGION(null);

        final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    /**
     * Petitions by one dimension. REGION groups by the divisions one level below the cohort's region (province →
     * cities → counties → townships → villages), which is how a dashboard drills down.
     */
    public List<Group> breakdown(Cohort cohort, Dimension dimension) {
        String key = dimension == Dimension.REGION
                ? "rpad(substr(f.place_code12, 1, " + childLength(cohort.regionPrefix().length()) + "), 12, '0')"
                : dimension.column;
        String label = dimension == Dimension.AUTHORITY ? "max(f.routed_organ_name)" : "null";
        return Sql.read(dataSource, c -> {
            Cohort.Where w = cohort.where();
            return Sql.query(c, """
                    select %s as k, %s, count(*),
                      count(*) filter (where not f.first_time),
                      count(*) filter (where f.accepted and f.handling_limit and f.answered_on is not null and f.answer_timely),
                      count(*) filter (where f.accepted and f.handling_limit),
                      coalesce(sum(o.open_breaches), 0)
                    from petition_fact f left join (%s) o on o.petition_id = f.petition_id
                    where f.registered_on is not null and %s
                    group by k order by count(*) desc, k""".formatted(key, label, OPEN_BREACHES, w.sql()), w.params(),
                    rs -> new Group(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                            Rate.of(rs.getLong(5), rs.getLong(6)), rs.getLong(7)));
        });
    }

    /** An organ complained about (被投诉机关): the cohort's petitions naming it, repeats and collective ones among them. */
    public record ComplainedOrgan(String code, String name, long items, long repeats, long collective) {
    }

    /** The organs the cohort's petitions complain about, most complained about first (条例 Art 41 ¶1(一)). */
    public List<ComplainedOrgan> complainedOrgans(Cohort cohort) {
        return Sql.read(dataSource, c -> {
            Cohort.Where w = cohort.where();
            return Sql.query(c, """
                    select c.organ_code, max(c.organ_name), count(*), count(*) filter (where not f.first_time),
                      count(*) filter (where f.collective)
                    from complaint_fact c join petition_fact f on f.petition_id = c.petition_id
                    where f.registered_on is not null and %s
                    group by c.organ_code order by count(*) desc, c.organ_code""".formatted(w.sql()), w.params(),
                    rs -> new ComplainedOrgan(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5)));
        });
    }

    /** Petitions per day, ISO week (starting Monday) or month of registration. */
    public record Point(LocalDate period, long items, long online, long visitBatches, long visitPersons, long repeats) {
    }

    public List<Point> series(Cohort cohort, String unit) {
        return Sql.read(dataSource, c -> {
            Cohort.Where w = cohort.where();
            return Sql.query(c, """
                    select date_trunc('%s', f.registered_on)::date p, count(*),
                      count(*) filter (where f.channel not in ('LETTER', 'VISIT')),
                      count(*) filter (where f.channel = 'VISIT'),
                      coalesce(sum(f.number_of_people) filter (where f.channel = 'VISIT'), 0),
                      count(*) filter (where not f.first_time)
                    from petition_fact f where f.registered_on is not null and %s group by p order by p"""
                            .formatted(unit, w.sql()), w.params(),
                    rs -> new Point(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6)));
        });
    }

    /** The child level's code length for a region prefix: 2 → 4 → 6 → 9 → 12 (the country → provinces). */
    static int childLength(int prefixLength) {
        return switch (prefixLength) {
            case 0 -> 2;
            case 2 -> 4;
            case 4 -> 6;
            case 6 -> 9;
            default -> 12;
        };
    }

    private record Longs(long[] values, Double average) {
    }

    private static Longs longs(ResultSet rs, int count, Double average) throws SQLException {
        long[] v = new long[count];
        for (int i = 0; i < count; i++) {
            v[i] = rs.getLong(i + 1);
        }
        return new Longs(v, average);
    }
}
