package org.petitionsuite.intake.query;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;

/**
 * An earlier petition proposed to a clerk as the same matter as a newly registered one (重复件), with the signals and
 * score that proposed it; PROPOSED until a clerk confirms (the petition joins its matter) or rejects it. Derived from
 * the events (registration computes the proposals over the read model as it stood, MatterJoined and RepeatRejected
 * decide them): a rebuild gives the same decisions, and the same proposals but for the rare race RepeatProposals names.
 */
@Entity
@Table(name = "repeat_proposal")
public class RepeatProposalView extends PanacheEntityBase {
    public static final String PROPOSED = "PROPOSED";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String REJECTED = "REJECTED";

    @EmbeddedId
    public Key key;
    public String matterId;
    public double score;
    public boolean samePerson;
    public boolean samePlace;
    public boolean sameCategoryFamily;
    public double textSimilarity;
    public String state;
    public String decidedBy;
    public java.time.Instant decidedAt;

    @Embeddable
    public record Key(String petitionId, String candidateId) implements Serializable {
    }

    public static List<RepeatProposalView> of(String petitionId) {
        return list("key.petitionId = ?1 order by score desc, key.candidateId", petitionId);
    }
}
