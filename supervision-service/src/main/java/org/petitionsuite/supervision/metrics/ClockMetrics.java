package org.petitionsuite.supervision.metrics;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import org.petitionsuite.kit.metrics.ReadModelGauge;

/**
 * {@code supervision_clocks{state}}: statutory duty clocks by state, from supervision's read model. OVERDUE is a
 * running clock past its last day (breached and not yet met); RUNNING the others still running.
 */
@Singleton
public class ClockMetrics {
    private final ReadModelGauge byState;

    ClockMetrics(MeterRegistry registry, AgroalDataSource dataSource) {
        this.byState = new ReadModelGauge(registry, "supervision.clocks", "Statutory duty clocks, per state", "state",
                dataSource, """
                select case when state = 'RUNNING' and breached_on is not null then 'OVERDUE' else state end, count(*)
                from supervision_clock where duty group by 1""");
    }

    @Scheduled(every = "${supervision.metrics.refresh-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() throws SQLException {
        byState.refresh();
    }
}
