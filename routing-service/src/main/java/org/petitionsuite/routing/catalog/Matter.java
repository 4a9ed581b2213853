package org.petitionsuite.routing.catalog;

import org.petitionsuite.contract.Purpose;

/**
 * What classification and routing read of a registered petition: the facts a clerk registered, nothing personal.
 *
 * @param collective    joint letter or collective visit
 * @param accusedTarget 被反映/被检举对象: an accusation is never routed to it (条例 Art 30 ¶3)
 */
public record Matter(Purpose purpose, String contentCategory, String request, String factsAndReasons, String placeOfMatter,
                     boolean collective, String accusedTarget) {

    /** A single petitioner's matter that accuses no one in particular. */
    public Matter(Purpose purpose, String contentCategory, String request, String factsAndReasons, String placeOfMatter) {
        this(purpose, contentCategory, request, factsAndReasons, placeOfMatter, false, null);
    }

    /** Request, facts and reasons, where keywords are looked for. */
    String text() {
        return (request == null ? "" : request) + "\n" + (factsAndReasons == null ? "" : factsAndReasons);
    }
}
