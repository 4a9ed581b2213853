package org.petitionsuite.intake.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.intake.query.PetitionAccess.Relation;
import org.petitionsuite.intake.query.PetitionAccess.Sight;
import org.petitionsuite.intake.query.PetitionAccess.Viewer;

/**
 * The access table as a matrix: every role × every relation a caller can stand in to a petition, built from concrete
 * tokens and petitions (not from the enum), against the table as the README states it.
 */
class PetitionAccessTest {
    /** The README's table, written out again here on purpose: the code must agree with the documented rule. */
    private static final String EXPECTED = """
            role        accused  handling     registering  same-region  other-region  other-source
            registrar   NONE     REGISTERING  REGISTERING  PERSONAL     NONE          PERSONAL
            handler     NONE     HANDLING     REGISTERING  NONE         NONE          NONE
            supervisor  NONE     MASKED       MASKED       MASKED       NONE          MASKED
            analyst     NONE     MASKED       MASKED       MASKED       NONE          MASKED
            integrator  NONE     MASKED       MASKED       MASKED       NONE          NONE
            admin       NONE     PERSONAL     PERSONAL     PERSONAL     NONE          PERSONAL
            """;

    /** An accusation about 上城区 (330102), registered by the 上城区 petition bureau, routed to the city's commission. */
    private static PetitionView petition() {
        PetitionView v = new PetitionView();
        v.petitionId = "p-1";
        v.placeCode12 = "330102001001";
        v.registeringRegion12 = "330102000000";
        v.registeringOrganCode = "330102-xfj";
        v.receivingOrganCode = "330100-jw";
        v.sourceSystem = "county-a";
        v.kind = PetitionKind.ACCUSATION;
        v.accusedOrganCodes = org.petitionsuite.kit.security.AccusedOrgans.column(List.of("330102-jw"));
        return v;
    }

    /** For each relation, the token of someone standing in it, in the given role. */
    private static Map<String, Viewer> viewers(String role) {
        Map<String, Viewer> viewers = new LinkedHashMap<>();
        boolean organBound = role.equals("handler");
        viewers.put("accused", new Viewer(Set.of(role), DivisionCode.parse("330102"), "330102-jw", "county-a"));
        viewers.put("handling", new Viewer(Set.of(role), DivisionCode.parse("330100"), "330100-jw", "county-a"));
        viewers.put("registering", organBound
                ? new Viewer(Set.of(role), DivisionCode.parse("330102"), "330102-xfj", "county-a")
                : new Viewer(Set.of(role), DivisionCode.parse("330102"), null, "county-a"));
        viewers.put("same-region", new Viewer(Set.of(role), DivisionCode.parse("330100"), organBound ? "330102-zjj" : null, "county-a"));
        viewers.put("other-region", new Viewer(Set.of(role), DivisionCode.parse("330106"), organBound ? "330106-xfj" : null, "county-a"));
        viewers.put("other-source", new Viewer(Set.of(role), DivisionCode.parse("330100"), organBound ? "330102-zjj" : null, "county-b"));
        return viewers;
    }

    @Test
    void everyRoleInEveryRelationSeesWhatTheTableSays() {
        List<String> lines = EXPECTED.lines().filter(l -> !l.isBlank()).toList();
        List<String> relations = List.of(lines.get(0).trim().split("\\s+")).subList(1, 7);
        List<String> violations = new ArrayList<>();
        int cases = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            Map<String, Viewer> viewers = viewers(cells[0]);
            for (int i = 0; i < relations.size(); i++) {
                Sight expected = Sight.valueOf(cells[i + 1]);
                Sight actual = PetitionAccess.sight(viewers.get(relations.get(i)), petition());
                cases++;
                if (actual != expected) {
                    violations.add(cells[0] + " × " + relations.get(i) + ": " + actual + ", expected " + expected);
                }
            }
        }
        assertThat(violations).isEmpty();
        assertThat(cases).isEqualTo(36);
    }

    @Test
    void theAccusedOrganSeesNothingWhateverElseItIs() {
        // The accused organ's people also when they hold every role, and also as the registering organ.
        PetitionView p = petition();
        p.registeringOrganCode = "330102-jw";
        Viewer everything = new Viewer(Set.of("registrar", "handler", "supervisor", "analyst", "integrator", "admin"),
                DivisionCode.parse("000000"), "330102-jw", "county-a");
        assertThat(PetitionAccess.relation(everything, p)).isEqualTo(Relation.ACCUSED_ORGAN);
        assertThat(PetitionAccess.sight(everything, p)).isEqualTo(Sight.NONE);
    }

    @Test
    void theStrongestRoleWinsForSeveralRoles() {
        Viewer both = new Viewer(Set.of("analyst", "registrar"), DivisionCode.parse("330100"), null, null);
        assertThat(PetitionAccess.sight(both, petition())).isEqualTo(Sight.PERSONAL);
    }

    @Test
    void whatEachSightShows() {
        assertThat(Sight.HANDLING.confidentialIdentity).isTrue();
        assertThat(Sight.REGISTERING.confidentialIdentity).as("Art 46: registrars too").isFalse();
        assertThat(Sight.REGISTERING.accusationContent).isTrue();
        assertThat(Sight.PERSONAL.accusationContent).isFalse();
        assertThat(Sight.MASKED.personalData).isFalse();
        assertThat(Sight.NONE.visible).isFalse();
    }
}
