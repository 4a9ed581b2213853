package org.petitionsuite.routing.catalog;

import java.util.List;

/**
 * One catalog file as written (YAML). The national file has no region; an overlay names the division it applies to
 * and may add rules, replace rules by id, and remove rules.
 */
record CatalogFile(String catalog, String version, String region, String description, List<String> remove, List<Rule> rules) {
}
