package org.petitionsuite.routing.authority;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.routing.catalog.Matter;

/**
 * 条例 Art 30 ¶3 (sanction Art 46(5)): accusation materials are never disclosed or passed to the person or unit accused.
 *
 * <p>The one place that decides whether a matter accuses and which organs of the directory it accuses. It looks at
 * the matter, not at the channel the catalog picked: a matter accuses when its purpose is 揭发控告, when it was classified
 * as 检举控告, or when it names organs or officials (complainedOrgans, accusedTarget). The organs accused are those in
 * complainedOrgans and those the accused target names (an official is named with the organ's name). Every routing path asks it: first
 * routing, the petition-department fallback, overrides, objections, Art 19 ¶3 and Art 36 ¶3. The organs it names are
 * published on {@code petition.routed.v1} as {@code accusedOrgans}, so that intake and supervision keep them out of
 * review, re-review, 督办 and reading without deciding again.
 *
 * @param accusedOrgans directory codes of the organs accused, directly or through their officials; sorted, so that a
 *                      replay publishes the same list; empty when the matter accuses no organ of the directory
 */
public record Accusation(List<String> accusedOrgans) {

    /** What the matter, classified as {@code kind}, accuses, against the organs of {@code directory}. */
    public static Accusation of(Matter matter, PetitionKind kind, AuthorityDirectory directory) {
        boolean named = (matter.complainedOrgans() != null && !matter.complainedOrgans().isEmpty())
                || (matter.accusedTarget() != null && !matter.accusedTarget().isBlank());
        if (!named && kind != PetitionKind.ACCUSATION && matter.purpose() != Purpose.REPORT_OR_ACCUSATION) {
            return new Accusation(List.of());
        }
        Set<String> accused = new TreeSet<>();
        if (matter.complainedOrgans() != null) {
            accused.addAll(matter.complainedOrgans());
        }
        // The registered accused target (被反映对象) names an organ, or an official by the organ's name (上城区纪委某某).
        String target = matter.accusedTarget() == null ? "" : matter.accusedTarget();
        directory.organs().stream().filter(o -> names(target, o)).map(Organ::code).forEach(accused::add);
        return new Accusation(List.copyOf(accused));
    }

    /** Whether the organ may not receive, review, supervise or read this matter. */
    public boolean excludes(Organ organ) {
        return organ != null && accusedOrgans.contains(organ.code());
    }

    /** Whether the text names the organ, by its full name or one of its usual short names (上城区纪委). */
    static boolean names(String text, Organ organ) {
        return text.contains(organ.name())
                || (organ.aliases() != null && organ.aliases().stream().anyMatch(text::contains));
    }
}
