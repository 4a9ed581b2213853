package org.petitionsuite.supervision.query;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One Art 43–45 defect of a petition, charged to an organ. */
@Entity
@Table(name = "supervision_defect")
public class DefectView extends PanacheEntityBase {
    @Id
    public String defectKey;
    public String petitionId;
    @Column(name = "place_code12")
    public String placeCode12;
    public String defect;
    public String article;
    public String organCode;
    public String clockId;
    public Instant recordedAt;
}
