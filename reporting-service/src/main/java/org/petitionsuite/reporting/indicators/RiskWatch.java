package org.petitionsuite.reporting.indicators;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.jboss.logging.Logger;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.reporting.RiskRaisedV1;
import org.petitionsuite.kit.kafka.CloudEventRecord;
import org.petitionsuite.kit.kafka.PublisherConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.petitionsuite.limits.WorkingDayCalendar;
import org.petitionsuite.reporting.projection.Sql;

/**
 * Risk early warning (seed 002: 对信访数据进行定期分析，及时发现信访风险): each county's petitions of one content
 * category in the current week, and its collective visits ({@link #COLLECTIVE_VISITS}), against the mean of the same
 * county and category over the previous {@code reporting.risk.baseline-weeks} weeks. A signal is raised when the week
 * reaches {@code reporting.risk.min-count} and more than {@code reporting.risk.factor} times that mean; once per
 * county, category and week. All thresholds are [U] configuration.
 */
@ApplicationScoped
public class RiskWatch {
    private static final Logger LOG = Logger.getLogger(RiskWatch.class);
    /** The category under which a county's collective visits (集体访) are watched. */
    public static final String COLLECTIVE_VISITS = "集体访";

    private final AgroalDataSource dataSource;
    private final Producer<String, byte[]> producer;
    private final String source;
    private final int baselineWeeks;
    private final double factor;
    private final int minCount;

    RiskWatch(AgroalDataSource dataSource, Producer<String, byte[]> producer, PublisherConfig publisher,
              @ConfigProperty(name = "reporting.risk.baseline-weeks") int baselineWeeks,
              @ConfigProperty(name = "reporting.risk.factor") double factor,
              @ConfigProperty(name = "reporting.risk.min-count") int minCount) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.source = publisher.source().orElse("/petition-suite/reporting");
        this.baselineWeeks = baselineWeeks;
        this.factor = factor;
        this.minCount = minCount;
    }

    /** {@code region}: a county's 12-digit code; {@code baseline}: the weekly mean it was compared with. */
    public record Signal(String region, String category, LocalDate weekStart, int observed, BigDecimal baseline,
                         Instant raisedAt) {
    }

    @Scheduled(every = "${reporting.risk.check-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        check(WorkingDayCalendar.dayOf(Instant.now()));
        publishPending();
    }

    /** Raises the signals of the week containing {@code today}; returns how many were new. */
    public int check(LocalDate today) {
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate baselineStart = week.minusWeeks(baselineWeeks);
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                return Sql.update(c, """
                        with weekly as (
                          select rpad(substr(place_code12, 1, 6), 12, '0') region, content_category category,
                                 registered_on >= ? this_week
                          from petition_fact where registered_on >= ? and registered_on <= ? and place_code12 is not null
                          union all
                          select rpad(substr(place_code12, 1, 6), 12, '0'), ?, registered_on >= ?
                          from petition_fact where channel = 'VISIT' and collective
                            and registered_on >= ? and registered_on <= ? and place_code12 is not null),
                        counted as (
                          select region, category, count(*) filter (where this_week) observed,
                                 count(*) filter (where not this_week)::numeric / ? baseline
                          from weekly where category is not null group by region, category)
                        insert into risk_signal (region, category, week_start, observed, baseline, raised_at)
                        select region, category, ?, observed, round(baseline, 2), now() from counted
                        where observed >= ? and observed > ? * baseline
                        on conflict do nothing""",
                        week, baselineStart, today, COLLECTIVE_VISITS, week, baselineStart, today, baselineWeeks,
                        week, minCount, factor);
            }
        });
    }

    /**
     * Publishes the signals not yet on Kafka as {@code reporting.risk-raised.v1}, oldest first; each is marked only
     * once the broker acknowledged it, and its {@code ce_id} is derived from county, category and week, so a re-send
     * after a crash is recognised as the same event. Returns how many were sent; a broker that is away leaves the rest
     * for the next run.
     */
    public int publishPending() {
        List<Signal> pending = Sql.read(dataSource, c -> Sql.query(c, """
                select region, category, week_start, observed, baseline, raised_at from risk_signal
                where published_at is null order by raised_at limit 100""", List.of(), RiskWatch::signal));
        int sent = 0;
        for (Signal s : pending) {
            String id = UUID.nameUUIDFromBytes((s.region() + "|" + s.category() + "|" + s.weekStart())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            try {
                producer.send(CloudEventRecord.of(EventType.RISK_RAISED_V1, s.region(), id, s.raisedAt(), source,
                        new RiskRaisedV1(s.region(), s.category(), s.weekStart(), s.observed(), s.baseline(),
                                baselineWeeks, factor, s.raisedAt()))).get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return sent;
            } catch (ExecutionException | TimeoutException e) {
                LOG.warnf("risk signals not published yet (%s); the next run sends them", e.getMessage());
                return sent;
            }
            QuarkusTransaction.requiringNew().call(() -> {
                try (Connection c = dataSource.getConnection()) {
                    return Sql.update(c, "update risk_signal set published_at = now() where region = ? and category = ? "
                            + "and week_start = ?", s.region(), s.category(), s.weekStart());
                }
            });
            sent++;
        }
        return sent;
    }

    /** Signals inside a region prefix, newest week first. */
    public List<Signal> signals(String regionPrefix) {
        return Sql.read(dataSource, c -> Sql.query(c, """
                select region, category, week_start, observed, baseline, raised_at from risk_signal
                where region like ? order by week_start desc, observed desc limit 200""",
                List.of(regionPrefix + "%"), RiskWatch::signal));
    }

    private static Signal signal(ResultSet rs) throws SQLException {
        return new Signal(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4),
                rs.getBigDecimal(5), rs.getTimestamp(6).toInstant());
    }
}
