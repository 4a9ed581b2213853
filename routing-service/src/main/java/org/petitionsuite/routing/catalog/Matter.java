package org.petitionsuite.routing.catalog;

import org.petitionsuite.contract.Purpose;

/** What classification reads of a registered petition: the facts a clerk registered, nothing personal. */
public record Matter(Purpose purpose, String contentCategory, String request, String factsAndReasons, String placeOfMatter) {

    /** Request, facts and reasons, where keywords are looked for. */
    String text() {
        return (request == null ? "" : request) + "\n" + (factsAndReasons == null ? "" : factsAndReasons);
    }
}
