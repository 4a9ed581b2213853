package org.petitionsuite.supervision.query;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.petitionsuite.supervision.command.CaseActions;

/** {@link CaseActions} on the actions table: does any action list the petition among its petitionIds. */
@Singleton
public class CaseActionsQuery implements CaseActions {
    private final AgroalDataSource dataSource;

    CaseActionsQuery(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean anyActionOn(String petitionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT 1 FROM supervision_action WHERE petition_ids @> jsonb_build_array(?::text) LIMIT 1")) {
            s.setString(1, petitionId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up the actions on petition " + petitionId, e);
        }
    }
}
