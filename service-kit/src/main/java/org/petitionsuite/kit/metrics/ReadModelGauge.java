package org.petitionsuite.kit.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A gauge per value of a read model's column, e.g. clocks by state: the count of rows for each value, from one
 * {@code select <value>, count(*) ... group by} query. Counted from the table, not from events seen, so the figure
 * survives restarts and is the same on every replica (take {@code max} across replicas, not {@code sum}). The owner
 * calls {@link #refresh()} on a schedule; a scrape never waits for the database.
 */
public final class ReadModelGauge {
    private final MultiGauge gauge;
    private final DataSource dataSource;
    private final String tag;
    private final String sql;

    public ReadModelGauge(MeterRegistry registry, String name, String description, String tag, DataSource dataSource,
                          String sql) {
        this.gauge = MultiGauge.builder(name).description(description).register(registry);
        this.dataSource = dataSource;
        this.tag = tag;
        this.sql = sql;
    }

    public void refresh() throws SQLException {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(MultiGauge.Row.of(Tags.of(tag, String.valueOf(r.getString(1))), r.getLong(2)));
            }
        }
        gauge.register(rows, true);
    }
}
