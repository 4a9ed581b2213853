package org.petitionsuite.routing.catalog;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.petitionsuite.contract.Purpose;

/**
 * What classification and routing read of a registered petition: the facts a clerk registered, nothing personal.
 *
 * @param collective        joint letter or collective visit
 * @param accusedTarget     被反映/被检举对象: an accusation is never routed to it (条例 Art 30 ¶3)
 * @param pseudonyms        the petitioners' pseudonyms (who raises it, without who they are), for Art 19 ¶3
 * @param registeringRegion the division of the organ that registered it: the level the matter was raised at
 * @param complainedOrgans  被投诉机关 by directory code: organs whose conduct the matter complains about (Art 30 ¶3)
 */
public record Matter(Purpose purpose, String contentCategory, String request, String factsAndReasons, String placeOfMatter,
                     boolean collective, String accusedTarget, List<String> pseudonyms, String registeringRegion,
                     List<String> complainedOrgans) {

    /** A matter whose petitioners and registering level do not matter to the rule at hand. */
    public Matter(Purpose purpose, String contentCategory, String request, String factsAndReasons, String placeOfMatter,
                  boolean collective, String accusedTarget) {
        this(purpose, contentCategory, request, factsAndReasons, placeOfMatter, collective, accusedTarget, List.of(), null,
                List.of());
    }

    /** A single petitioner's matter that accuses no one in particular. */
    public Matter(Purpose purpose, String contentCategory, String request, String factsAndReasons, String placeOfMatter) {
        this(purpose, contentCategory, request, factsAndReasons, placeOfMatter, false, null);
    }

    /** What stands where erased text was (个人信息保护法 Art 47), as in intake. */
    public static final String ERASED = "已删除";

    /**
     * The matter once the petition's personal data was erased: text and accused target read 已删除, no pseudonyms; the
     * organs it accused stay named by code so that Art 30 ¶3 still keeps them out.
     */
    public Matter erased(List<String> accusedOrgans) {
        Set<String> organs = new TreeSet<>(accusedOrgans);
        if (complainedOrgans != null) {
            organs.addAll(complainedOrgans);
        }
        return new Matter(purpose, contentCategory, ERASED, ERASED, placeOfMatter, collective,
                accusedTarget == null ? null : ERASED, List.of(), registeringRegion, List.copyOf(organs));
    }

    /** The matter without these petitioners' pseudonyms (a person's own erasure): the text stays. */
    public Matter withoutPseudonyms(java.util.Collection<String> forgotten) {
        List<String> kept = pseudonyms == null ? List.of() : pseudonyms.stream().filter(p -> !forgotten.contains(p)).toList();
        return new Matter(purpose, contentCategory, request, factsAndReasons, placeOfMatter, collective, accusedTarget, kept,
                registeringRegion, complainedOrgans);
    }

    public boolean isErased() {
        return ERASED.equals(request);
    }

    /** Request, facts and reasons, where keywords are looked for. */
    String text() {
        return (request == null ? "" : request) + "\n" + (factsAndReasons == null ? "" : factsAndReasons);
    }
}
