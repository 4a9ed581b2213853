package org.petitionsuite.contract.intake;

import java.time.Instant;
import java.util.List;

/**
 * Data of {@code petition.personal-data-erased.v1}: intake erased personal data of the petition (个人信息保护法 Art 47)
 * by destroying a data key. The ground and the erasing official stay in intake; figures do not change.
 *
 * @param scope       {@link #PETITION} (absent in early records): the whole petition's personal data, its text included;
 *                    every service replaces what it keeps of the petition's text or identity with 已删除.
 *                    {@link #PETITIONERS}: only some petitioners (a person's own erasure, across all their petitions);
 *                    the petition's text and the other petitioners stay
 * @param pseudonyms  with {@link #PETITIONERS}: the pseudonyms of the erased petitioners that had one, which consumers
 *                    forget (they no longer link this petition to that person's others)
 */
public record PersonalDataErasedV1(String petitionId, Instant erasedAt, String scope, List<String> pseudonyms) {
    public static final String PETITION = "PETITION";
    public static final String PETITIONERS = "PETITIONERS";

    /** The whole petition's personal data (the form before per-person erasure existed). */
    public PersonalDataErasedV1(String petitionId, Instant erasedAt) {
        this(petitionId, erasedAt, PETITION, List.of());
    }

    /** True when only some petitioners were erased; false for the whole petition, and for early records without a scope. */
    public boolean petitionersOnly() {
        return PETITIONERS.equals(scope);
    }
}
