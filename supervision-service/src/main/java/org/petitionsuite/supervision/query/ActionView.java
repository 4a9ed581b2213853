package org.petitionsuite.supervision.query;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A 督办 order or recommendation with its response and closure. */
@Entity
@Table(name = "supervision_action")
public class ActionView extends PanacheEntityBase {
    @Id
    public String actionId;
    public String kind;
    public String article;
    public String organCode;
    @Column(name = "region_code12")
    public String regionCode12;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> petitionIds;
    public String reasons;
    public LocalDate responseDue;
    public String issuedBy;
    public Instant issuedAt;
    public String state;
    public String responseText;
    public String adoption;
    public String respondedBy;
    public Instant respondedAt;
    public Boolean timely;
    public LocalDate overdueOn;
    public String closedBy;
    public Instant closedAt;
    public String closingNote;
    /** The letter the action was issued with: its 文号 and the facts its template is filled with (ActionLetter). */
    public String letterNumber;
    @JdbcTypeCode(SqlTypes.JSON)
    public java.util.Map<String, String> letterFields;
}
