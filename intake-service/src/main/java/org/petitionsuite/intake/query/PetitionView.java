package org.petitionsuite.intake.query;

import org.petitionsuite.contract.AgreementKind;
import org.petitionsuite.contract.ConclusionBasis;
import org.petitionsuite.contract.ReviewOutcome;
import org.petitionsuite.contract.Satisfaction;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.contract.HandlingOutcome;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.intake.api.ComplainedOrgan;
import org.petitionsuite.intake.api.Petitioner;

/** One row per petition: what the petition API reads. Derived from events, never written by a request. */
@Entity
@Table(name = "petition_view")
public class PetitionView extends PanacheEntityBase {
    @Id
    public String petitionId;
    public String status;
    public Instant receivedAt;
    public Instant registeredAt;
    public String registeredBy;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Enumerated(EnumType.STRING)
    public Purpose purpose;
    public String contentCategory;
    public String request;
    public String factsAndReasons;
    public String placeOfMatter;
    @Column(name = "place_code12")
    public String placeCode12;
    public int numberOfPeople;
    public boolean collective;
    public String accusedTarget;
    public String registeringOrganCode;
    public String registeringOrganName;
    @Column(name = "registering_region12")
    public String registeringRegion12;
    public String sourceSystem;
    public String sourceReference;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Petitioner> petitioners;
    /** 被投诉机关 (Art 41 ¶1(一)); empty when none was identified. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ComplainedOrgan> complainedOrgans;
    /** Routing's latest classification; null until routing decided. */
    @Enumerated(EnumType.STRING)
    public PetitionKind kind;
    @Enumerated(EnumType.STRING)
    public LegalChannel legalChannel;
    public String classificationArticle;
    /** Routing's latest route: the receiving organ, FORWARD or ASSIGN; null until routed. */
    public String receivingOrganCode;
    public String receivingOrganName;
    public String routeMode;
    public Integer reportWithinDays;
    /**
     * Routing's accusedOrgans (Art 30 ¶3) as {@code |code|code|}, empty when none, so that a query can leave out what
     * the caller's organ is accused in ({@code not like '%|organ|%'}).
     */
    public String accusedOrganCodes = "";
    /** The acceptance decision (Art 23); null until decided. */
    public Instant acceptanceDecidedAt;
    public LocalDate acceptanceNoticeDue;
    public Boolean acceptanceTimely;
    public String declineReason;
    @Enumerated(EnumType.STRING)
    public LegalChannel declineChannel;
    public String declineArticle;
    /** Handling (Art 31(六), 32–34): the due date with extensions, and the opinion once issued. */
    public LocalDate handlingDue;
    public Integer extensionDays;
    @Enumerated(EnumType.STRING)
    public HandlingOutcome opinionOutcome;
    public Instant opinionIssuedAt;
    public Boolean opinionTimely;
    /** The matter (信访事项) this item belongs to; {@code firstTime} for its first item (初次信访). */
    public String matterId;
    public boolean firstTime;
    public String repeatOf;
    /** The organ that takes the next step now: receiving organ, then review organ, then re-review organ. */
    public String actingOrganCode;
    /** The statutory limit running now, watched by the limit sweep; null when none runs. */
    public String nextLimitStep;
    public LocalDate nextLimitDue;
    /** Mediation or settlement (Art 33). */
    @Enumerated(EnumType.STRING)
    public AgreementKind agreementKind;
    public LocalDate agreedOn;
    /** Review (Art 35) and re-review (Art 36). */
    public LocalDate reviewRequestDue;
    public String reviewOrganCode;
    public String reviewOrganName;
    public LocalDate reviewRequestedOn;
    public LocalDate reviewAnswerDue;
    @Enumerated(EnumType.STRING)
    public ReviewOutcome reviewOutcome;
    public Boolean reviewTimely;
    public LocalDate reReviewRequestDue;
    public String reReviewOrganCode;
    public String reReviewOrganName;
    public LocalDate reReviewRequestedOn;
    public LocalDate reReviewAnswerDue;
    @Enumerated(EnumType.STRING)
    public ReviewOutcome reReviewOutcome;
    public Boolean reReviewTimely;
    /** Hearing days recorded (Art 31(六), Art 36 ¶2). */
    public int hearingDays;
    /** Satisfaction evaluation: open until both targets evaluated or the window lapsed. */
    public LocalDate evaluationDue;
    public boolean evaluationOpen;
    @Enumerated(EnumType.STRING)
    public Satisfaction departmentSatisfaction;
    @Enumerated(EnumType.STRING)
    public Satisfaction unitSatisfaction;
    @Enumerated(EnumType.STRING)
    public ConclusionBasis conclusionBasis;
    public Instant concludedAt;
    /** When the personal data was erased (个人信息保护法 Art 47); null while it is kept. */
    public Instant personalDataErasedAt;

    /** The organs the matter accuses (Art 30 ¶3), from routing. */
    public java.util.Set<String> accusedOrgans() {
        return org.petitionsuite.kit.security.AccusedOrgans.of(accusedOrganCodes);
    }
}
