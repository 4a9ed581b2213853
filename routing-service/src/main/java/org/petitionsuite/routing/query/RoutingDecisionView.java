package org.petitionsuite.routing.query;

import org.petitionsuite.kit.security.AccusedOrgans;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.contract.routing.ClassificationConfirmedV1.Outcome;
import org.petitionsuite.contract.routing.PetitionClassifiedV1.Alternative;
import org.petitionsuite.contract.routing.PetitionClassifiedV1.Confidence;
import org.petitionsuite.routing.catalog.Matter;

/** The routing decision of one petition, as the API shows it. Derived from events only. */
@Entity
@Table(name = "routing_decision")
public class RoutingDecisionView extends PanacheEntityBase {
    @Id
    public String petitionId;
    public String placeOfMatter;
    @Column(name = "place_code12")
    public String placeCode12;
    /** The matter as classified, for what-if replays of draft catalogs. */
    @Enumerated(EnumType.STRING)
    public Purpose purpose;
    public String contentCategory;
    public String request;
    public String factsAndReasons;
    public boolean collective;
    public String accusedTarget;
    /** The county system that sent the petition: an integrator reads only its own system's decisions. */
    public String sourceSystem;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> complainedOrgans;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> pseudonyms;
    @Column(name = "registering_region12")
    public String registeringRegion12;
    /** The organ that accepted it (from intake), for Art 19 ¶3. */
    public String acceptedByOrgan;
    @Column(name = "accepted_region12")
    public String acceptedRegion12;
    public Instant acceptedAt;
    /** The matter the re-review opinion on this petition concluded, by whom and when (from intake), for Art 36 ¶3. */
    public String reReviewMatterId;
    public String reReviewOrgan;
    public Instant reReviewIssuedAt;
    @Enumerated(EnumType.STRING)
    public PetitionKind kind;
    @Enumerated(EnumType.STRING)
    public LegalChannel channel;
    public String catalogVersion;
    public String ruleId;
    public String article;
    public String rationale;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> evidence;
    public Instant classifiedAt;
    public String registrationId;
    /** The route (Art 22 ¶1); null until routed. */
    public String organCode;
    public String organName;
    public String organLevel;
    public String organRegion;
    public String routeMode;
    public Instant routedAt;
    public Integer reportWithinDays;
    public String directoryVersion;
    public String routeArticle;
    public String routeRationale;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> routeFlags;
    /**
     * The organs the matter accuses (Art 30 ¶3) as {@code |code|code|} ({@link AccusedOrgans}): their people get 404
     * here and never find it in a queue, whatever their role.
     */
    public String accusedOrganCodes = "";

    public java.util.Set<String> accusedOrgans() {
        return AccusedOrgans.of(accusedOrganCodes);
    }

    /** When intake erased the petition's personal data (个人信息保护法 Art 47); null while it is kept. */
    public java.time.Instant erasedAt;

    /**
     * The catalog's own decision, kept when a person overrides it: its channel and rule, how sure it was (LOW waits in
     * the petition department's confirmation queue) and the other channels it found evidence for.
     */
    @Enumerated(EnumType.STRING)
    public Confidence confidence;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Alternative> alternatives;
    @Enumerated(EnumType.STRING)
    public LegalChannel catalogChannel;
    public String catalogRuleId;
    /** The petition department's answer: CONFIRMED or CORRECTED, the channel it holds right, who and when. */
    @Enumerated(EnumType.STRING)
    public Outcome confirmation;
    @Enumerated(EnumType.STRING)
    public LegalChannel confirmedChannel;
    public String confirmedBy;
    public Instant confirmedAt;

    /** The last override by a person, if any. */
    public String overriddenBy;
    public String overrideReason;

    public Matter matter() {
        return new Matter(purpose, contentCategory, request, factsAndReasons, placeOfMatter, collective, accusedTarget,
                pseudonyms == null ? List.of() : pseudonyms, registeringRegion12,
                complainedOrgans == null ? List.of() : complainedOrgans);
    }
}
