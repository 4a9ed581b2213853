package org.petitionsuite.routing.catalog;

import java.util.List;

/**
 * Routing data (classification catalog or authority directory) that cannot be used; every problem found is listed, so
 * a province can fix its files in one pass.
 */
public class CatalogException extends RuntimeException {
    private final List<String> problems;

    public CatalogException(List<String> problems) {
        super("invalid routing data:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
