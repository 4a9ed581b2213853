package org.petitionsuite.intake.command;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.petitionsuite.intake.api.PetitionDetails;

/** Petition ids. A registration with a source reference gets an id derived from it, which makes intake idempotent. */
public final class PetitionIds {
    private PetitionIds() {
    }

    public static String forRegistration(PetitionDetails details) {
        if (details == null || details.sourceSystem() == null || details.sourceReference() == null) {
            return UUID.randomUUID().toString();
        }
        String key = "petition-suite/intake\u0000" + details.sourceSystem() + "\u0000" + details.sourceReference();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
