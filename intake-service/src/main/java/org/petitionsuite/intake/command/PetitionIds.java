package org.petitionsuite.intake.command;

import org.petitionsuite.contract.DivisionCode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.petitionsuite.intake.api.PetitionDetails;

/** Petition ids. A registration with a source reference gets an id derived from it, which makes intake idempotent. */
public final class PetitionIds {
    private PetitionIds() {
    }

    /**
     * @param byDesk registered by a person (no source-system claim): the registering organ's region joins the key, so
     *               the same reference typed in another county is another petition, not a way to reach this one
     */
    public static String forRegistration(PetitionDetails details, boolean byDesk) {
        if (details == null || details.sourceSystem() == null || details.sourceReference() == null) {
            return UUID.randomUUID().toString();
        }
        String key = "petition-suite/intake\u0000" + details.sourceSystem() + "\u0000" + details.sourceReference();
        if (byDesk) {
            key += "\u0000" + region(details);
        }
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The registering organ's region in its 12-digit form, so 330102 and 330102000000 are one key. */
    private static String region(PetitionDetails details) {
        String code = details.registeringOrgan() == null ? null : details.registeringOrgan().regionCode();
        // A malformed code is refused by RegistrationRules before anything is stored.
        return DivisionCode.tryParse(code).map(DivisionCode::twelveDigits).orElse(String.valueOf(code));
    }
}
