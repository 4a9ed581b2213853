package org.petitionsuite.reporting.annual;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.petitionsuite.contract.supervision.ActionKind;
import org.petitionsuite.reporting.indicators.Cohort;
import org.petitionsuite.reporting.indicators.Indicators;
import org.petitionsuite.reporting.projection.Sql;

/**
 * The figures of the 信访情况年度报告 a petition department makes each January on the year before (条例 Art 41 ¶1):
 * (一) the statistics, the fields petitions concern and the organs most complained about; (二) forwarding, assignment
 * and 督办; (三) the three recommendations of Art 40 and what the organs adopted. Taken from the projection's facts,
 * counted the same way as the dashboard's indicators.
 */
@Singleton
public class AnnualReports {
    /** How many fields and organs the report names. */
    static final int NAMED = 10;

    private final AgroalDataSource dataSource;
    private final Indicators indicators;
    private final int minCases;

    AnnualReports(AgroalDataSource dataSource, Indicators indicators,
                  @ConfigProperty(name = "reporting.league.min-cases") int minCases) {
        this.dataSource = dataSource;
        this.indicators = indicators;
        this.minCases = minCases;
    }

    /** The actions of one kind issued in the year, and how the organs answered them (Art 40 ¶4). */
    public record Actions(ActionKind kind, String label, long issued, long answered, long answeredInTime,
                          long overdueUnanswered, long adopted, long partlyAdopted, long notAdopted) {
        /** With the kind's Chinese name, for readers of the figures. */
        static Actions of(ActionKind kind, long issued, long answered, long answeredInTime, long overdueUnanswered,
                          long adopted, long partlyAdopted, long notAdopted) {
            return new Actions(kind, kind.label(), issued, answered, answeredInTime, overdueUnanswered, adopted,
                    partlyAdopted, notAdopted);
        }
    }

    /**
     * @param complainedOrgans organs named by at least {@code minCases} petitions of the year, most first
     * @param forwarded        petitions forwarded (转送) to the organ with power to handle them (Art 22 ¶1(一)(二))
     * @param assigned         petitions assigned (交办) with a deadline to report (Art 22 ¶1(三))
     */
    public record Report(Cohort cohort, int year, Indicators.Summary summary, List<Indicators.Group> fields,
                         List<Indicators.ComplainedOrgan> complainedOrgans, int minCases, long forwarded, long assigned,
                         List<Actions> actions) {
    }

    /** The report of the region ({@code regionPrefix}) for {@code year}, up to {@code today} when the year is not over. */
    public Report of(String regionPrefix, int year, LocalDate today) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31).isAfter(today) ? today : LocalDate.of(year, 12, 31);
        Cohort cohort = new Cohort(regionPrefix, from, to, null, null, null, null, null);
        List<Indicators.Group> fields = indicators.breakdown(cohort, Indicators.Dimension.CONTENT_CATEGORY).stream()
                .filter(g -> g.key() != null)
                .sorted(Comparator.comparingLong(Indicators.Group::items).reversed().thenComparing(Indicators.Group::key))
                .limit(NAMED).toList();
        List<Indicators.ComplainedOrgan> organs = indicators.complainedOrgans(cohort).stream()
                .filter(o -> o.items() >= minCases).limit(NAMED).toList();
        return Sql.read(dataSource, c -> {
            Cohort.Where w = cohort.where();
            long[] routes = Sql.query(c, """
                    select count(*) filter (where f.route_mode = 'FORWARD'), count(*) filter (where f.route_mode = 'ASSIGN')
                    from petition_fact f where f.registered_on is not null and %s""".formatted(w.sql()), w.params(),
                    rs -> new long[] {rs.getLong(1), rs.getLong(2)}).get(0);
            List<Actions> actions = Sql.query(c, """
                    select a.kind, count(*), count(a.responded_on), count(*) filter (where a.timely),
                      count(*) filter (where a.responded_on is null and a.response_due < ?),
                      count(*) filter (where a.adoption = 'ADOPTED'), count(*) filter (where a.adoption = 'PARTLY_ADOPTED'),
                      count(*) filter (where a.adoption = 'NOT_ADOPTED')
                    from action_fact a
                    where a.issued_on between ? and ? and a.region_code12 like ? and a.kind is not null
                    group by a.kind""", List.of(today, from, to, regionPrefix + "%"),
                    rs -> Actions.of(ActionKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
            return new Report(cohort, year, indicators.summary(cohort), fields, organs, minCases, routes[0], routes[1],
                    actions.stream().sorted(Comparator.comparing(Actions::kind)).toList());
        });
    }
}
