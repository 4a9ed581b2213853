package org.petitionsuite.routing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped national catalog against the catalog's first regression table: the statute cases it was tuned on (ids
 * T…, 条例 Art 29–31) are all classified as labelled. StatuteCasesTest measures the held-out cases.
 */
class NationalCatalogTest {
    private static final Catalog NATIONAL = CatalogLibrary.fromClasspath().forPlace("110101");

    static Stream<StatuteCases.Case> regressionTable() {
        return StatuteCases.all().stream().filter(c -> c.id().startsWith("T"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressionTable")
    void classifiesByTheStatute(StatuteCases.Case c) {
        Classification decision = NATIONAL.classify(c.matter());
        assertThat(decision.channel()).as("rule %s fired on %s", decision.ruleId(), decision.evidence()).isEqualTo(c.channel());
        assertThat(decision.kind()).isEqualTo(c.channel().kind());
        assertThat(decision.article()).contains(c.article());
        assertThat(decision.rationale()).isNotBlank();
        assertThat(decision.catalogVersion()).isEqualTo("national@2026.3");
    }
}
