package org.petitionsuite.routing.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.petitionsuite.limits.WorkingDayCalendar.dayOf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.routing.ClassificationConfirmedV1;
import org.petitionsuite.contract.routing.ClassificationConfirmedV1.Outcome;
import org.petitionsuite.contract.routing.PetitionClassifiedV1;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.contract.routing.RoutingObjectedV1;
import org.petitionsuite.contract.routing.RoutingOverriddenV1;
import org.petitionsuite.kit.Violations;
import org.petitionsuite.kit.rest.TransitionRefused;
import org.petitionsuite.limits.LimitProfile;
import org.petitionsuite.limits.LimitProfiles;
import org.petitionsuite.limits.Period;
import org.petitionsuite.limits.Step;
import org.petitionsuite.limits.WorkingDayCalendar;
import org.petitionsuite.routing.api.AcceptanceNoted;
import org.petitionsuite.routing.api.ClassificationOutcome;
import org.petitionsuite.routing.api.ClassifyPetition;
import org.petitionsuite.routing.api.ConfirmClassification;
import org.petitionsuite.routing.api.EraseMatter;
import org.petitionsuite.routing.api.ForgetPetitioners;
import org.petitionsuite.routing.api.MatterErased;
import org.petitionsuite.routing.api.PetitionersForgotten;
import org.petitionsuite.routing.api.MatterRecorded;
import org.petitionsuite.routing.api.NoteAcceptance;
import org.petitionsuite.routing.api.ObjectToRouting;
import org.petitionsuite.routing.api.NoteReReviewConcluded;
import org.petitionsuite.routing.api.OverrideRouting;
import org.petitionsuite.routing.api.ReReviewConcludedNoted;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.routing.authority.Accusation;
import org.petitionsuite.routing.authority.AuthorityDirectory;
import org.petitionsuite.routing.authority.Organ;
import org.petitionsuite.routing.authority.Route;
import org.petitionsuite.routing.catalog.CatalogLibrary;
import org.petitionsuite.routing.catalog.Classification;
import org.petitionsuite.routing.catalog.Matter;

/**
 * Routing's view of one petition: how it was classified, where it was sent, and the overrides, objections and
 * acceptances that changed that. Its decision events hold no personal data, so the stored event is the published
 * contract record.
 */
public class PetitionRouting {

    @AggregateIdentifier
    private String petitionId;
    private Matter matter;
    private LegalChannel channel;
    /** The catalog's last decision (not a person's), and whether the petition department has confirmed or corrected it. */
    private PetitionClassifiedV1 catalogDecision;
    private boolean confirmed;
    private String organCode;
    private String registrationId;
    private Instant routedAt;
    private LocalDate objectionDue;
    private final Set<String> objectedOrgans = new HashSet<>();
    private String acceptedBy;
    private Instant acceptedAt;
    private Instant reReviewIssuedAt;

    protected PetitionRouting() {
        // for Axon
    }

    /** At-least-once delivery makes redelivery normal: a petition is classified once, whatever arrives twice. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ClassificationOutcome handle(ClassifyPetition command, CatalogLibrary catalogs, AuthorityDirectory directory,
                                        MatterHistory matterHistory, LimitProfiles limits, WorkingDayCalendar calendar) {
        if (petitionId != null) {
            return ClassificationOutcome.ALREADY_CLASSIFIED;
        }
        Matter matter = command.matter();
        apply(new MatterRecorded(command.petitionId(), matter, command.sourceSystem()));
        Classification decision = catalogs.forPlace(matter.placeOfMatter()).classify(matter);
        apply(new PetitionClassifiedV1(command.petitionId(), matter.placeOfMatter(), decision.kind(),
                decision.channel(), decision.catalogVersion(), decision.ruleId(), decision.article(), decision.rationale(),
                decision.evidence(), command.classifiedAt(), command.registrationId(), decision.confidence(),
                decision.alternatives()));
        // Art 30 ¶3 holds on every path: an earlier organ that the accusation names does not receive it again.
        Accusation accusation = Accusation.of(matter, decision.kind(), directory);
        Route route = reReviewConcluded(command, matterHistory, directory, accusation)
                .or(() -> acceptedBelow(command, matterHistory, limits, directory, accusation))
                .filter(r -> !accusation.excludes(r.organ()))
                .orElseGet(() -> directory.resolve(matter, decision));
        apply(routed(route, command.classifiedAt(), limits, calendar, directory));
        return ClassificationOutcome.CLASSIFIED;
    }

    /**
     * 条例 Art 36 ¶3: a matter whose re-review opinion was issued, raised again on the same facts and reasons, is not
     * accepted again by the petition department or any organ. It goes to the organ that concluded it (which holds the
     * file), flagged, so no organ takes it up as new work; intake issues the 不再受理 notice.
     */
    private static Optional<Route> reReviewConcluded(ClassifyPetition command, MatterHistory matterHistory,
                                                     AuthorityDirectory directory, Accusation accusation) {
        return matterHistory.reReviewConcluded(command.matterId()).map(concluded -> {
            Optional<Organ> organ = directory.find(concluded.organCode());
            String by = organ.map(Organ::name).orElse(concluded.organCode());
            return new Route(organ.orElse(null), Route.Mode.FORWARD, null, directory.version(), "条例 Art 36 ¶3",
                    "该事项已由" + by + "于" + dayOf(concluded.issuedAt()) + "作出复核意见（信访件 " + concluded.petitionId()
                            + "），信访人仍以同一事实和理由提出的，不再受理。",
                    List.of(AuthorityDirectory.RE_REVIEW_CONCLUDED), accusation.accusedOrgans());
        });
    }

    /**
     * 条例 Art 19 ¶3: the same matter, accepted below and still within its handling period (HANDLING + HANDLING_EXTENSION
     * of the place's profile), is not accepted again above: it goes to the organ already handling it, flagged.
     */
    private Optional<Route> acceptedBelow(ClassifyPetition command, MatterHistory matterHistory, LimitProfiles limits,
                                          AuthorityDirectory directory, Accusation accusation) {
        LimitProfile profile = limits.forPlace(command.matter().placeOfMatter());
        int days = profile.period(Step.HANDLING).map(Period::length).orElse(0)
                + profile.period(Step.HANDLING_EXTENSION).map(Period::length).orElse(0);
        Instant since = command.classifiedAt().minus(Duration.ofDays(days));
        return matterHistory.acceptedBelow(command.matter(), command.petitionId(), since)
                .flatMap(accepted -> directory.find(accepted.organCode()).map(organ -> new Route(organ, Route.Mode.FORWARD,
                        null, directory.version(), "条例 Art 19 ¶3",
                        "同一信访人就同一事项已向" + organ.name() + "提出并于" + dayOf(accepted.acceptedAt())
                                + "受理（信访件 " + accepted.petitionId() + "），尚在办理期限内，上级不予受理，由该机关继续办理。",
                        List.of(AuthorityDirectory.ALREADY_ACCEPTED_BELOW), accusation.accusedOrgans())));
    }

    /**
     * People stay in charge: a handler or supervisor overrides the channel, the organ or both, and must say why. The
     * override is its own fact; the new decision follows as a classification and a route. Overriding the channel of a
     * catalog decision not yet confirmed also answers the confirmation queue: it is recorded as a correction.
     */
    @CommandHandler
    public void handle(OverrideRouting command, AuthorityDirectory directory, LimitProfiles limits, WorkingDayCalendar calendar) {
        refuseOnceAccepted("an override");
        Violations violations = new Violations()
                .requireText("reason", command.reason(), 2000, "is required: say why the decision is overridden");
        if (command.channel() == null && command.organCode() == null) {
            violations.add("channel", "give a channel, an organ (organCode), or both");
        }
        LegalChannel newChannel = command.channel() == null ? channel : command.channel();
        Organ organ = command.organCode() == null ? null : chosenOrgan(command.organCode(), newChannel, directory, violations);
        violations.refuseIfAny(RoutingRefusedException::new);
        if (command.channel() != null && !confirmed && catalogDecision != null) {
            apply(confirmation(command.channel(), command.by(), command.reason(), command.at()));
        }
        reroute(newChannel, organ, command.by(), command.reason(), command.at(), directory, limits, calendar);
    }

    /**
     * The petition department's answer to the confirmation queue: the catalog's channel confirmed, or corrected with a
     * reason and routed again (as an override). Once answered, it stays answered: a later change is an override. A
     * correction is refused once an organ accepted the petition (Art 23 ¶3); a confirmation is not, it changes nothing.
     */
    @CommandHandler
    public void handle(ConfirmClassification command, AuthorityDirectory directory, LimitProfiles limits,
                       WorkingDayCalendar calendar) {
        if (catalogDecision == null) {
            throw new TransitionRefused("条例 Art 28", "the petition's channel was decided by a person, not by the catalog: "
                    + "there is nothing to confirm");
        }
        if (confirmed) {
            throw new TransitionRefused("条例 Art 28", "the catalog's decision was already confirmed or corrected; "
                    + "change it with an override");
        }
        LegalChannel right = command.channel() == null ? catalogDecision.channel() : command.channel();
        if (right == catalogDecision.channel()) {
            apply(confirmation(right, command.by(), blankToNull(command.reason()), command.at()));
            return;
        }
        refuseOnceAccepted("a correction");
        new Violations().requireText("reason", command.reason(), 2000,
                        "is required: say why the catalog's channel is not the right one")
                .refuseIfAny(RoutingRefusedException::new);
        apply(confirmation(right, command.by(), command.reason(), command.at()));
        reroute(right, null, command.by(), command.reason(), command.at(), directory, limits, calendar);
    }

    private ClassificationConfirmedV1 confirmation(LegalChannel right, String by, String reason, Instant at) {
        return new ClassificationConfirmedV1(petitionId, matter.placeOfMatter(),
                right == catalogDecision.channel() ? Outcome.CONFIRMED : Outcome.CORRECTED, catalogDecision.channel(),
                catalogDecision.catalogVersion(), catalogDecision.ruleId(), right, by, reason, at);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The organ a person named, if it may receive the matter: in the directory, and not accused by it (Art 30 ¶3). */
    private Organ chosenOrgan(String organCode, LegalChannel newChannel, AuthorityDirectory directory, Violations violations) {
        Organ organ = directory.find(organCode).orElse(null);
        if (organ == null) {
            violations.add("organCode", "is not in the authority directory " + directory.version());
        } else if (Accusation.of(matter, newChannel.kind(), directory).excludes(organ)) {
            violations.add("organCode", "the accusation names this organ; it may not receive it (条例 Art 30 ¶3)");
            return null;
        }
        return organ;
    }

    /** A person's decision: recorded as an override, then classified and routed by the same rules as any decision. */
    private void reroute(LegalChannel newChannel, Organ organ, String by, String reason, Instant at,
                         AuthorityDirectory directory, LimitProfiles limits, WorkingDayCalendar calendar) {
        Classification decision = Classification.byPerson(newChannel, reason, List.of("人工改判：" + by));
        Route route = organ == null ? directory.resolve(matter, decision) : directory.routeTo(organ, matter, decision);
        apply(new RoutingOverriddenV1(petitionId, by, reason, channel, organCode, newChannel,
                route.organ() == null ? null : route.organ().code(), at));
        apply(new PetitionClassifiedV1(petitionId, matter.placeOfMatter(), decision.kind(), decision.channel(),
                decision.catalogVersion(), decision.ruleId(), decision.article(), decision.rationale(), decision.evidence(),
                at, registrationId));
        apply(routed(route, at, limits, calendar, directory));
    }

    /**
     * 条例 Art 23 ¶3: an organ that receives a matter outside its (or its system's) powers objects within 5 working days
     * of receipt (the OBJECTION limit of the place's profile), with detailed reasons; the matter is then routed again,
     * leaving that organ out.
     */
    @CommandHandler
    public void handle(ObjectToRouting command, AuthorityDirectory directory, LimitProfiles limits, WorkingDayCalendar calendar) {
        refuseOnceAccepted("an objection");
        Violations violations = new Violations();
        if (organCode == null || !organCode.equals(command.organCode())) {
            violations.add("organ", "only the organ the petition was routed to may object (it is routed to " + organCode + ")");
        }
        violations.requireText("reasons", command.reasons(), 4000,
                "are required: explain in detail why the matter is not within your powers");
        LocalDate receivedOn = dayOf(routedAt);
        LimitProfile profile = limits.forPlace(matter.placeOfMatter());
        // The window published with the route; computed only for routes stored before it was.
        LocalDate lastDay = objectionDue != null ? objectionDue : profile.deadline(Step.OBJECTION, receivedOn, calendar);
        if (dayOf(command.at()).isAfter(lastDay)) {
            violations.add("at", "the objection period (" + profile.period(Step.OBJECTION).orElseThrow().article()
                    + ") ended on " + lastDay + "; received on " + receivedOn);
        }
        violations.refuseIfAny(RoutingRefusedException::new);
        apply(new RoutingObjectedV1(petitionId, command.organCode(), command.reasons(), receivedOn, lastDay, command.at()));
        Classification decision = Classification.byPerson(channel, null, List.of());
        apply(routed(directory.resolve(matter, decision, objectedOrgans), command.at(), limits, calendar, directory));
    }

    /**
     * 条例 Art 23 ¶3 and Art 34: once the receiving organ accepted the matter it handles it, and its handling duty runs
     * from that acceptance; a route changed afterwards would seat an accepted petition with another organ. Neither an
     * override nor an objection moves it then.
     */
    private void refuseOnceAccepted(String what) {
        if (acceptedBy != null) {
            throw new TransitionRefused("条例 Art 23 ¶3, Art 34", acceptedBy + " accepted the petition on "
                    + dayOf(acceptedAt) + "; it handles it, and " + what + " can no longer change the route");
        }
    }

    /**
     * The route, with the receiving organ's two deadlines decided here once (Art 23 ¶3): the acceptance notice (T4) and
     * the objection window (T5), both from its receipt, the day of the route, under the place's limit profile. intake
     * and supervision take them from the event. With them, on the petition track, the organs one and two levels above
     * that may review and re-review its opinion (Art 35, 36), from the directory's hierarchy; intake holds the review
     * request to them.
     */
    private PetitionRoutedV1 routed(Route route, Instant at, LimitProfiles limits, WorkingDayCalendar calendar,
                                    AuthorityDirectory directory) {
        Organ organ = route.organ();
        LimitProfile profile = limits.forPlace(matter.placeOfMatter());
        LocalDate receivedOn = dayOf(at);
        // Art 23 ¶4: 政法 litigation relief and 纪检监察 accusations are notified under their own rules, not within T4.
        boolean notice = organ != null && (channel == null || channel.acceptanceNoticeOfArticle23());
        LocalDate noticeDue = notice ? profile.deadline(Step.ACCEPTANCE_NOTICE, receivedOn, calendar) : null;
        LocalDate objectionDue = organ == null ? null : profile.deadline(Step.OBJECTION, receivedOn, calendar);
        List<String> flags = new ArrayList<>(route.flags());
        if (organ != null && !notice) {
            flags.add(PetitionRoutedV1.NOTICE_BY_OWN_RULES); // Art 23 ¶4: no T4, no noticeDue
        }
        return new PetitionRoutedV1(petitionId, matter.placeOfMatter(),
                organ == null ? null : organ.code(), organ == null ? null : organ.name(),
                organ == null ? null : organ.level().name(), organ == null ? null : organ.region(),
                route.mode().name(), route.reportWithinDays(), route.directoryVersion(), route.article(), route.rationale(),
                List.copyOf(flags), at, route.accusedOrgans(), noticeDue, objectionDue,
                reviewers(organ, 1, route, directory), reviewers(organ, 2, route, directory));
    }

    /** Art 35 (1 level up) and Art 36 (2): only where a handling opinion can follow, i.e. on the petition track. */
    private List<String> reviewers(Organ organ, int levelsUp, Route route, AuthorityDirectory directory) {
        boolean petitionTrack = channel == null || channel.handlingLimitOfArticle34();
        return organ == null || !petitionTrack ? null : directory.superiorsOf(organ, levelsUp, route.accusedOrgans());
    }

    /** Intake reported the acceptance; noted once per organ and moment (redelivery is normal). */
    @CommandHandler
    public void handle(NoteAcceptance command, AuthorityDirectory directory) {
        if (command.acceptedAt().equals(acceptedAt) && command.organCode().equals(acceptedBy)) {
            return;
        }
        apply(new AcceptanceNoted(petitionId, command.organCode(),
                directory.find(command.organCode()).map(Organ::region).orElse(null), command.acceptedAt()));
    }

    /** Intake reported the re-review opinion on this petition; noted once (redelivery is normal). */
    @CommandHandler
    public void handle(NoteReReviewConcluded command) {
        if (command.issuedAt().equals(reReviewIssuedAt)) {
            return;
        }
        apply(new ReReviewConcludedNoted(petitionId, command.matterId(), command.organCode(), command.issuedAt()));
    }

    /**
     * 个人信息保护法 Art 47, after intake erased the petition's personal data: the text, accused target and pseudonyms
     * routing kept go; the organs the matter accused are kept by code first. Once only (redelivery is normal).
     */
    @CommandHandler
    public void handle(EraseMatter command, AuthorityDirectory directory) {
        if (matter == null || matter.isErased()) {
            return;
        }
        PetitionKind kind = channel == null ? null : channel.kind();
        apply(new MatterErased(petitionId, Accusation.of(matter, kind, directory).accusedOrgans(), command.erasedAt()));
    }

    @EventSourcingHandler
    void on(MatterErased event) {
        matter = matter.erased(event.accusedOrgans());
    }

    /** 个人信息保护法 Art 47, a person's own erasure: their pseudonyms go; nothing when routing never kept them. */
    @CommandHandler
    public void handle(ForgetPetitioners command) {
        if (matter == null || matter.pseudonyms() == null
                || command.pseudonyms().stream().noneMatch(matter.pseudonyms()::contains)) {
            return;
        }
        apply(new PetitionersForgotten(petitionId, command.pseudonyms(), command.erasedAt()));
    }

    @EventSourcingHandler
    void on(PetitionersForgotten event) {
        matter = matter.withoutPseudonyms(event.pseudonyms());
    }

    @EventSourcingHandler
    void on(ReReviewConcludedNoted event) {
        reReviewIssuedAt = event.issuedAt();
    }

    @EventSourcingHandler
    void on(AcceptanceNoted event) {
        acceptedBy = event.organCode();
        acceptedAt = event.acceptedAt();
    }

    @EventSourcingHandler
    void on(MatterRecorded event) {
        this.petitionId = event.petitionId();
        this.matter = event.matter();
    }

    @EventSourcingHandler
    void on(PetitionClassifiedV1 event) {
        this.petitionId = event.petitionId();
        this.channel = event.channel();
        this.registrationId = event.registrationId();
        if (!Classification.isByPerson(event.ruleId())) {
            catalogDecision = event;
        }
    }

    @EventSourcingHandler
    void on(ClassificationConfirmedV1 event) {
        confirmed = true;
    }

    @EventSourcingHandler
    void on(PetitionRoutedV1 event) {
        this.organCode = event.organCode();
        this.routedAt = event.routedAt();
        this.objectionDue = event.objectionDue();
    }

    @EventSourcingHandler
    void on(RoutingObjectedV1 event) {
        objectedOrgans.add(event.organCode());
    }
}
