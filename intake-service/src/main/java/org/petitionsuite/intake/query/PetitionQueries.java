package org.petitionsuite.intake.query;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.petitionsuite.intake.domain.DivisionCode;

/** Reads of the petition read model, always inside the caller's region. */
@ApplicationScoped
public class PetitionQueries {

    public record Page(List<PetitionView> items, int page, int size, long total) {
    }

    /** The petition, if it exists and lies inside {@code scope}; otherwise empty, so a caller cannot learn it exists. */
    public Optional<PetitionView> find(String petitionId, DivisionCode scope) {
        return PetitionView.<PetitionView>findByIdOptional(petitionId).filter(v -> visibleIn(v, scope));
    }

    public Page list(PetitionFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        String scope = filter.scope().scopePrefix();
        if (!scope.isEmpty()) {
            where.add("(placeCode12 like :scope or registeringRegion12 like :scope)");
            params.and("scope", scope + "%");
        }
        if (filter.place() != null) {
            where.add("placeCode12 like :place");
            params.and("place", filter.place().scopePrefix() + "%");
        }
        if (filter.channel() != null) {
            where.add("channel = :channel");
            params.and("channel", filter.channel());
        }
        if (filter.purpose() != null) {
            where.add("purpose = :purpose");
            params.and("purpose", filter.purpose());
        }
        if (filter.contentCategory() != null) {
            where.add("(contentCategory = :category or contentCategory like :subcategories escape '\\')");
            params.and("category", filter.contentCategory()).and("subcategories", escapeLike(filter.contentCategory()) + "\\_%");
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.sourceSystem() != null) {
            where.add("sourceSystem = :sourceSystem");
            params.and("sourceSystem", filter.sourceSystem());
        }
        if (filter.receivedFrom() != null) {
            where.add("receivedAt >= :from");
            params.and("from", filter.receivedFrom());
        }
        if (filter.receivedBefore() != null) {
            where.add("receivedAt < :before");
            params.and("before", filter.receivedBefore());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        PanacheQuery<PetitionView> q = PetitionView.find(query, Sort.descending("receivedAt").and("petitionId"), params);
        return new Page(q.page(io.quarkus.panache.common.Page.of(page, size)).list(), page, size, q.count());
    }

    static boolean visibleIn(PetitionView view, DivisionCode scope) {
        String prefix = scope.scopePrefix();
        return view.placeCode12.startsWith(prefix) || view.registeringRegion12.startsWith(prefix);
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
