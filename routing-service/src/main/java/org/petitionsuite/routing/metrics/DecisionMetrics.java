package org.petitionsuite.routing.metrics;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import org.petitionsuite.kit.metrics.ReadModelGauge;

/** {@code routing_decisions{channel}}: petitions decided per legal channel (诉访分离), from routing's read model. */
@Singleton
public class DecisionMetrics {
    private final ReadModelGauge byChannel;

    DecisionMetrics(MeterRegistry registry, AgroalDataSource dataSource) {
        this.byChannel = new ReadModelGauge(registry, "routing.decisions",
                "Petitions classified, per legal channel they were routed to", "channel", dataSource,
                "select channel, count(*) from routing_decision group by channel");
    }

    @Scheduled(every = "${routing.metrics.refresh-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() throws SQLException {
        byChannel.refresh();
    }
}
