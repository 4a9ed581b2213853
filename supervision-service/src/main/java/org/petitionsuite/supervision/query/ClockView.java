package org.petitionsuite.supervision.query;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One statutory clock of a petition, with its deadline as computed by the profile and calendar in force. */
@Entity
@Table(name = "supervision_clock")
public class ClockView extends PanacheEntityBase {
    @Id
    public String clockKey;
    public String petitionId;
    public String clockId;
    public String step;
    public boolean duty;
    public String organCode;
    public String placeOfMatter;
    @Column(name = "place_code12")
    public String placeCode12;
    public LocalDate startDay;
    public Integer periodDays;
    public int extensionDays;
    /** Days not counted, as {@code FROM..TO;FROM..TO}. */
    public String paused;
    /** The last day as the step's owner published it (routing, intake); null where supervision counts it. */
    public LocalDate decidedDue;
    public LocalDate dueDay;
    public String article;
    public String profile;
    public String state;
    public LocalDate stoppedOn;
    public Boolean timely;
    public LocalDate warnedOn;
    public LocalDate breachedOn;
    /** The breach was checked for 督办 (Art 43): found, or its absence recorded as a defect. */
    public boolean supervisionChecked;
    public Instant startedAt;
}
