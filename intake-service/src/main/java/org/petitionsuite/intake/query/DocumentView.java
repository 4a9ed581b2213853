package org.petitionsuite.intake.query;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.petitionsuite.contract.DocumentType;

/** A document issued to a petitioner, with the facts its template is filled with. Derived from DocumentIssued. */
@Entity
@Table(name = "petition_document")
public class DocumentView extends PanacheEntityBase {
    @EmbeddedId
    public Key key;
    @Enumerated(EnumType.STRING)
    public DocumentType type;
    public String number;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> fields;
    public Instant issuedAt;

    @Embeddable
    public record Key(String petitionId, String documentId) implements Serializable {
    }

    public static List<DocumentView> of(String petitionId) {
        return list("key.petitionId = ?1 order by issuedAt, key.documentId", petitionId);
    }
}
