package org.petitionsuite.reporting.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Plain JDBC with positional parameters: the projection is a handful of upserts and aggregate queries. */
public final class Sql {
    private Sql() {
    }

    /** Work on one connection. */
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code work} on a connection of {@code dataSource}; a database failure becomes an unchecked one. */
    public static <T> T read(DataSource dataSource, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("reporting query failed: " + e.getMessage(), e);
        }
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = prepare(c, sql, params)) {
            return st.executeUpdate();
        }
    }

    public static <T> List<T> query(Connection c, String sql, List<?> params, Row<T> row) throws SQLException {
        try (PreparedStatement st = prepare(c, sql, params.toArray()); ResultSet rs = st.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.read(rs));
            }
            return out;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object[] params) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
        return st;
    }
}
