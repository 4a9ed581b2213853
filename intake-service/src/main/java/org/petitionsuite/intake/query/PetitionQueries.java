package org.petitionsuite.intake.query;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.kit.security.Caller;
import org.petitionsuite.intake.api.RepeatedMatter;

/** Reads of the petition read model, always inside the caller's region. */
@ApplicationScoped
public class PetitionQueries {
    /** Who sees a petition: the region of its place, and the region of the organ that registered it. */
    private static final String IN_SCOPE = "(placeCode12 like :scope or registeringRegion12 like :scope)";

    public record Page(List<PetitionView> items, int page, int size, long total) {
    }

    /** A petition and what the viewer sees of it. */
    public record Seen(PetitionView petition, PetitionAccess.Sight sight) {
    }

    /**
     * The petition with the viewer's sight of it, if {@link PetitionAccess} lets the viewer see it; otherwise empty, so
     * a caller cannot learn that it exists.
     */
    public Optional<Seen> find(String petitionId, PetitionAccess.Viewer viewer) {
        return PetitionView.<PetitionView>findByIdOptional(petitionId)
                .map(v -> new Seen(v, PetitionAccess.sight(viewer, v)))
                .filter(seen -> seen.sight().visible);
    }

    /** The petition, whoever asks: for a caller, check what {@link PetitionAccess} allows before answering. */
    public Optional<PetitionView> findAny(String petitionId) {
        return PetitionView.findByIdOptional(petitionId);
    }

    /** The petition, if it exists and lies inside {@code scope}; otherwise empty, so a caller cannot learn it exists. */
    public Optional<PetitionView> findInRegion(String petitionId, DivisionCode scope) {
        return PetitionView.<PetitionView>find("petitionId = :id and " + IN_SCOPE,
                Parameters.with("id", petitionId).and("scope", scope.scopePrefix() + "%")).firstResultOptional();
    }

    public Page list(PetitionFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        String scope = filter.viewer().region().scopePrefix();
        criterion(where, params, scope.isEmpty() ? null : scope + "%", IN_SCOPE, "scope");
        visibleTo(filter.viewer(), where, params);
        criterion(where, params, filter.place() == null ? null : filter.place().scopePrefix() + "%", "placeCode12 like :place", "place");
        criterion(where, params, filter.channel(), "channel = :channel", "channel");
        criterion(where, params, filter.purpose(), "purpose = :purpose", "purpose");
        if (filter.contentCategory() != null) {
            // The category itself or any sub-category below it (levels are joined by '_').
            criterion(where, params, filter.contentCategory(), "(contentCategory = :category or contentCategory like :subcategories escape '\\')", "category");
            params.and("subcategories", escapeLike(filter.contentCategory()) + "\\_%");
        }
        criterion(where, params, filter.status(), "status = :status", "status");
        criterion(where, params, filter.legalChannel(), "legalChannel = :legalChannel", "legalChannel");
        criterion(where, params, filter.sourceSystem(), "sourceSystem = :sourceSystem", "sourceSystem");
        criterion(where, params, filter.receivedFrom(), "receivedAt >= :from", "from");
        criterion(where, params, filter.receivedBefore(), "receivedAt < :before", "before");
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        PanacheQuery<PetitionView> q = PetitionView.find(query, Sort.descending("receivedAt").and("petitionId"), params);
        return new Page(q.page(io.quarkus.panache.common.Page.of(page, size)).list(), page, size, q.count());
    }

    /**
     * The rows {@link PetitionAccess} shows the viewer inside its region, as a query: never what its organ is accused
     * in; a handler only its organ's work and what its organ registered; an integrator only its source system's records.
     */
    private static void visibleTo(PetitionAccess.Viewer viewer, List<String> where, Parameters params) {
        if (viewer.organ() != null) {
            where.add("accusedOrganCodes not like :accused escape '\\'");
            params.and("accused", org.petitionsuite.kit.security.AccusedOrgans.namingPattern(viewer.organ()));
        }
        List<String> anyOf = new ArrayList<>();
        for (String role : viewer.roles()) {
            if (PetitionAccess.sight(List.of(role), PetitionAccess.Relation.SAME_REGION).visible
                    && !role.equals(Caller.INTEGRATOR)) {
                anyOf.add("1 = 1");
            } else if (role.equals(Caller.HANDLER) && viewer.organ() != null) {
                anyOf.add("(receivingOrganCode = :organ or reviewOrganCode = :organ or reReviewOrganCode = :organ"
                        + " or registeringOrganCode = :organ)");
                params.and("organ", viewer.organ());
            } else if (role.equals(Caller.INTEGRATOR) && viewer.sourceSystem() != null) {
                anyOf.add("sourceSystem = :ownSource");
                params.and("ownSource", viewer.sourceSystem());
            }
        }
        where.add(anyOf.isEmpty() ? "1 = 0" : "(" + String.join(" or ", anyOf) + ")");
    }

    /** Adds {@code clause} with {@code value} bound to {@code name}, unless the value is absent. */
    private static void criterion(List<String> where, Parameters params, Object value, String clause, String name) {
        if (value != null) {
            where.add(clause);
            params.and(name, value);
        }
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The matter a repeat item joins: that of {@code repeatOf}, if the caller can see it, and the item of that matter
     * whose re-review opinion was issued, if any (条例 Art 36 ¶3).
     */
    public Optional<RepeatedMatter> repeatedMatter(String repeatOf, DivisionCode scope) {
        return findInRegion(repeatOf, scope).map(earlier -> new RepeatedMatter(earlier.matterId,
                PetitionView.<PetitionView>find("matterId = ?1 and reReviewOutcome is not null order by petitionId", earlier.matterId)
                        .firstResultOptional().map(v -> v.petitionId).orElse(null)));
    }
}
