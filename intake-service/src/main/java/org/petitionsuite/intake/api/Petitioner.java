package org.petitionsuite.intake.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Locale;

/**
 * A petitioner (信访人) as registered.
 *
 * @param idNumber                 18-digit resident ID number (GB 11643), when the petitioner gave one
 * @param confidentialityRequested the petitioner asked that their name and private matters be kept confidential
 *                                 (Beijing and Zhejiang regulations, petition-rules.md §8)
 * @param representative           chosen as a representative of a collective visit or joint letter (条例 Art 20 ¶3)
 */
public record Petitioner(
        String name,
        String idNumber,
        String phone,
        String address,
        Boolean confidentialityRequested,
        Boolean representative) {

    Petitioner withDefaults() {
        // GB 11643 writes the check character X; x is the same number.
        String id = idNumber == null ? null : idNumber.toUpperCase(Locale.ROOT);
        return new Petitioner(name, id, phone, address, isConfidentialityRequested(), isRepresentative());
    }

    @JsonIgnore
    public boolean isRepresentative() {
        return Boolean.TRUE.equals(representative);
    }

    @JsonIgnore
    public boolean isConfidentialityRequested() {
        return Boolean.TRUE.equals(confidentialityRequested);
    }
}
