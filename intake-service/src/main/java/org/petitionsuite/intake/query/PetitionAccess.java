package org.petitionsuite.intake.query;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.kit.security.Caller;

/**
 * Who may see what of a petition: the one access table of intake (个人信息保护法 Art 34 and 51, least privilege; 条例 Art
 * 30 ¶3 and Art 46; petition-rules.md §8). Every read and every step asks it; the README prints the same table.
 *
 * <p>The caller's <b>relation</b> to the petition comes first, strongest first: an organ the matter accuses (routing's
 * {@code accusedOrgans}) sees nothing, whatever its role; the handling organ (receiving, review or re-review organ);
 * the registering petition department (its organ, or a registrar of exactly its region); another caller of the
 * region (place of matter or registering organ inside the token's region); everyone else. An integrator sees only
 * its own source system's records. The <b>sight</b> then follows from role × relation, and names which fields are
 * shown: personal data, the identity of a petitioner who asked for confidentiality, and an accusation's content.
 */
public final class PetitionAccess {
    private PetitionAccess() {
    }

    /** The caller as its token describes it; {@code organ} and {@code sourceSystem} may be null. */
    public record Viewer(Set<String> roles, DivisionCode region, String organ, String sourceSystem) {
        public static Viewer of(Caller caller) {
            return new Viewer(caller.roles(), caller.region(), caller.organ().orElse(null),
                    caller.sourceSystem().orElse(null));
        }
    }

    public enum Relation {
        /** The organ the accusation names (Art 30 ¶3): nothing, as if the petition did not exist. */
        ACCUSED_ORGAN,
        /** The receiving, review or re-review organ: its work. */
        HANDLING_ORGAN,
        /** The petition department that registered it. */
        REGISTERING_DEPARTMENT,
        /** Inside the caller's region, but none of the above. */
        SAME_REGION,
        /** Outside the caller's region, or another source system's record for an integrator. */
        OUTSIDE
    }

    /**
     * What is shown. Ordered from least to most; a caller with several roles gets the most any of them gives.
     */
    public enum Sight {
        /** 404: the caller cannot learn that the petition exists. */
        NONE(false, false, false, false),
        /** The record with personal data masked, free text redacted and an accusation's content withheld. */
        MASKED(true, false, false, false),
        /** Personal data in full, but not the identity of a petitioner who asked for confidentiality, nor an accusation's content. */
        PERSONAL(true, true, false, false),
        /** As PERSONAL, and an accusation's content and accuser (the registering department, which took it down). */
        REGISTERING(true, true, false, true),
        /** Everything: the organ that handles the matter. */
        HANDLING(true, true, true, true);

        public final boolean visible;
        public final boolean personalData;
        public final boolean confidentialIdentity;
        public final boolean accusationContent;

        Sight(boolean visible, boolean personalData, boolean confidentialIdentity, boolean accusationContent) {
            this.visible = visible;
            this.personalData = personalData;
            this.confidentialIdentity = confidentialIdentity;
            this.accusationContent = accusationContent;
        }
    }

    /** The access table: role × relation → sight. A role absent from a relation's row sees nothing there. */
    static final Map<String, Map<Relation, Sight>> TABLE = Map.of(
            Caller.REGISTRAR, row(Sight.NONE, Sight.REGISTERING, Sight.REGISTERING, Sight.PERSONAL),
            Caller.HANDLER, row(Sight.NONE, Sight.HANDLING, Sight.REGISTERING, Sight.NONE),
            Caller.SUPERVISOR, row(Sight.NONE, Sight.MASKED, Sight.MASKED, Sight.MASKED),
            Caller.ANALYST, row(Sight.NONE, Sight.MASKED, Sight.MASKED, Sight.MASKED),
            Caller.INTEGRATOR, row(Sight.NONE, Sight.MASKED, Sight.MASKED, Sight.MASKED),
            Caller.ADMIN, row(Sight.NONE, Sight.PERSONAL, Sight.PERSONAL, Sight.PERSONAL));

    /** One row of the table, by relation: accused organ, handling organ, registering department, same region; outside is always NONE. */
    private static Map<Relation, Sight> row(Sight accused, Sight handling, Sight registering, Sight sameRegion) {
        Map<Relation, Sight> row = new EnumMap<>(Relation.class);
        row.put(Relation.ACCUSED_ORGAN, accused);
        row.put(Relation.HANDLING_ORGAN, handling);
        row.put(Relation.REGISTERING_DEPARTMENT, registering);
        row.put(Relation.SAME_REGION, sameRegion);
        row.put(Relation.OUTSIDE, Sight.NONE);
        return Map.copyOf(row);
    }

    /** The caller's relation to the petition. */
    public static Relation relation(Viewer viewer, PetitionView petition) {
        String organ = viewer.organ();
        if (organ != null && petition.accusedOrgans().contains(organ)) {
            return Relation.ACCUSED_ORGAN;
        }
        boolean inRegion = viewer.region().contains(DivisionCode.parse(petition.placeCode12))
                || viewer.region().contains(DivisionCode.parse(petition.registeringRegion12));
        boolean otherSource = viewer.roles().contains(Caller.INTEGRATOR)
                && !Objects.equals(viewer.sourceSystem(), petition.sourceSystem);
        if (!inRegion || otherSource) {
            return Relation.OUTSIDE;
        }
        if (organ != null && handlingOrgans(petition).anyMatch(organ::equals)) {
            return Relation.HANDLING_ORGAN;
        }
        if (organ != null ? organ.equals(petition.registeringOrganCode)
                : viewer.region().twelveDigits().equals(petition.registeringRegion12)) {
            return Relation.REGISTERING_DEPARTMENT;
        }
        return Relation.SAME_REGION;
    }

    /**
     * What the caller sees of the petition: the most that any of its roles gives for its relation. A handler works for
     * an organ: a handler's token without an {@code organ} claim gives nothing.
     */
    public static Sight sight(Viewer viewer, PetitionView petition) {
        List<String> roles = viewer.roles().stream().filter(r -> !r.equals(Caller.HANDLER) || viewer.organ() != null).toList();
        return sight(roles, relation(viewer, petition));
    }

    static Sight sight(Collection<String> roles, Relation relation) {
        return roles.stream()
                .map(role -> TABLE.getOrDefault(role, Map.of()).getOrDefault(relation, Sight.NONE))
                .max(Enum::compareTo)
                .orElse(Sight.NONE);
    }

    /**
     * Whether the caller may record a review or re-review request on the petition: the organ one level above receives
     * it before it has any part in the matter (条例 Art 35–36), so the region decides, never an accused organ (Art 30 ¶3).
     * The step itself checks that the caller is a handler of the organ named and the organ is not the one challenged.
     */
    public static boolean mayRecordReviewRequest(Viewer viewer, PetitionView petition) {
        Relation relation = relation(viewer, petition);
        return relation != Relation.ACCUSED_ORGAN && relation != Relation.OUTSIDE;
    }

    /** Whether the petition's content is an accusation's (Art 30 ¶3): its kind, or an organ it accuses. */
    public static boolean isAccusation(PetitionView petition) {
        return petition.kind == PetitionKind.ACCUSATION || !petition.accusedOrgans().isEmpty();
    }

    /** The organs that take or took a step on the petition: receiving, review and re-review organ. */
    static Stream<String> handlingOrgans(PetitionView petition) {
        return Stream.of(petition.receivingOrganCode, petition.reviewOrganCode, petition.reReviewOrganCode)
                .filter(Objects::nonNull);
    }
}
