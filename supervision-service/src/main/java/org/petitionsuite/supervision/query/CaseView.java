package org.petitionsuite.supervision.query;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Set;
import org.petitionsuite.kit.security.AccusedOrgans;

/** One petition supervision has seen: where it lies and which organs it accuses (Art 30 ¶3), for access decisions. */
@Entity
@Table(name = "supervision_case")
public class CaseView extends PanacheEntityBase {
    @Id
    public String petitionId;
    @Column(name = "place_code12")
    public String placeCode12;
    /** Routing's accusedOrgans as {@code |code|code|}, empty when none. */
    public String accusedOrganCodes = "";

    public Set<String> accusedOrgans() {
        return AccusedOrgans.of(accusedOrganCodes);
    }

    /** Whether the petition lies in the region of {@code scopePrefix} and does not accuse {@code organ} (null: no organ). */
    public boolean visibleTo(String scopePrefix, String organ) {
        return placeCode12.startsWith(scopePrefix) && (organ == null || !accusedOrgans().contains(organ));
    }
}
