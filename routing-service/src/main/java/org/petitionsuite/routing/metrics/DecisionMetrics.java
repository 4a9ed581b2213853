package org.petitionsuite.routing.metrics;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import org.petitionsuite.kit.metrics.ReadModelGauge;

/**
 * {@code routing_decisions{channel}}: petitions decided per legal channel (诉访分离), and
 * {@code routing_unrouted_petitions{province}}: petitions whose place has no organ and no petition department in the
 * directory, waiting for a person to route them (alert on any above 0), from routing's read model.
 */
@Singleton
public class DecisionMetrics {
    private final ReadModelGauge byChannel;
    private final ReadModelGauge unrouted;

    DecisionMetrics(MeterRegistry registry, AgroalDataSource dataSource) {
        this.byChannel = new ReadModelGauge(registry, "routing.decisions",
                "Petitions classified, per legal channel they were routed to", "channel", dataSource,
                "select channel, count(*) from routing_decision group by channel");
        this.unrouted = new ReadModelGauge(registry, "routing.unrouted.petitions",
                "Petitions routing could send to no organ: the directory has none for their place (GET /api/v1/routing/unrouted)",
                "province", dataSource, "select substring(place_code12, 1, 2), count(*) from routing_decision "
                        + "where organ_code is null and routed_at is not null group by 1");
    }

    @Scheduled(every = "${routing.metrics.refresh-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() throws SQLException {
        byChannel.refresh();
        unrouted.refresh();
    }
}
