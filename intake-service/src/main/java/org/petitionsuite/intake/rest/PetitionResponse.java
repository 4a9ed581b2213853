package org.petitionsuite.intake.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.contract.HandlingOutcome;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.intake.api.Petitioner;
import org.petitionsuite.intake.api.RegisteringOrgan;
import org.petitionsuite.intake.domain.PersonalDataMasking;
import org.petitionsuite.intake.query.PetitionView;

/** A petition as the API shows it, with personal data masked unless the caller's role needs it. */
public record PetitionResponse(
        String id,
        String status,
        Instant receivedAt,
        Instant registeredAt,
        Channel channel,
        Purpose purpose,
        String contentCategory,
        String request,
        String factsAndReasons,
        String placeOfMatter,
        int numberOfPeople,
        boolean collective,
        String accusedTarget,
        List<Petitioner> petitioners,
        RegisteringOrgan registeringOrgan,
        String sourceSystem,
        String sourceReference,
        Classification classification,
        Route route,
        Acceptance acceptance,
        Handling handling) {

    /** Handling (Art 31(六), 32–34); null until accepted. */
    public record Handling(LocalDate due, Integer extensionDays, HandlingOutcome opinionOutcome, Instant opinionIssuedAt,
                           Boolean opinionTimely) {
    }

    /**
     * The acceptance decision (条例 Art 23); null until decided.
     *
     * @param timely decided within the acceptance-notice limit ({@code noticeDue}) of the place's profile
     */
    public record Acceptance(Instant decidedAt, LocalDate noticeDue, Boolean timely, String declineReason,
                             LegalChannel declineChannel, String declineArticle) {
    }

    /** Routing's classification (条例 Art 28–31), null until routing decided. */
    public record Classification(PetitionKind kind, LegalChannel channel, String article) {
    }

    /** Routing's route (条例 Art 22 ¶1): receiving organ, FORWARD (转送) or ASSIGN (交办) with days to report; null until routed. */
    public record Route(String organCode, String organName, String mode, Integer reportWithinDays) {
    }

    static PetitionResponse of(PetitionView v, boolean fullPersonalData, boolean confidentialNames) {
        return new PetitionResponse(v.petitionId, v.status, v.receivedAt, v.registeredAt, v.channel, v.purpose,
                v.contentCategory, v.request, v.factsAndReasons, v.placeOfMatter, v.numberOfPeople, v.collective,
                v.accusedTarget,
                v.petitioners.stream().map(p -> shown(p, fullPersonalData, confidentialNames)).toList(),
                new RegisteringOrgan(v.registeringOrganCode, v.registeringOrganName, regionOf(v)),
                v.sourceSystem, v.sourceReference,
                v.legalChannel == null ? null : new Classification(v.kind, v.legalChannel, v.classificationArticle),
                v.routeMode == null ? null : new Route(v.receivingOrganCode, v.receivingOrganName, v.routeMode, v.reportWithinDays),
                v.acceptanceDecidedAt == null ? null : new Acceptance(v.acceptanceDecidedAt, v.acceptanceNoticeDue,
                        v.acceptanceTimely, v.declineReason, v.declineChannel, v.declineArticle),
                v.handlingDue == null ? null : new Handling(v.handlingDue, v.extensionDays, v.opinionOutcome, v.opinionIssuedAt,
                        v.opinionTimely));
    }

    private static Petitioner shown(Petitioner p, boolean full, boolean confidentialNames) {
        boolean nameHidden = !full || (p.isConfidentialityRequested() && !confidentialNames);
        return new Petitioner(
                nameHidden ? PersonalDataMasking.name(p.name()) : p.name(),
                full ? p.idNumber() : PersonalDataMasking.idNumber(p.idNumber()),
                full ? p.phone() : PersonalDataMasking.phone(p.phone()),
                full ? p.address() : PersonalDataMasking.address(p.address()),
                p.confidentialityRequested(),
                p.representative());
    }

    private static String regionOf(PetitionView v) {
        return v.registeringRegion12.endsWith("000000") ? v.registeringRegion12.substring(0, 6) : v.registeringRegion12;
    }
}
