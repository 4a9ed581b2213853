package org.petitionsuite.routing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.contract.Purpose;

/** The shipped national catalog against a table of matters drawn from the statute's own categories (条例 Art 29–31). */
class NationalCatalogTest {
    private static final Catalog NATIONAL = CatalogLibrary.fromClasspath().forPlace("110101");

    @ParameterizedTest(name = "{2} → {4}")
    @CsvFileSource(resources = "/classification-cases.csv", delimiter = '|', numLinesToSkip = 1)
    void classifiesByTheStatute(Purpose purpose, String category, String text, PetitionKind kind, LegalChannel channel,
                                String article) {
        Classification decision = NATIONAL.classify(new Matter(purpose, category, text, text, "110101"));
        assertThat(decision.channel()).as("rule %s fired on %s", decision.ruleId(), decision.evidence()).isEqualTo(channel);
        assertThat(decision.kind()).isEqualTo(kind);
        assertThat(decision.article()).contains(article);
        assertThat(decision.rationale()).isNotBlank();
        assertThat(decision.catalogVersion()).isEqualTo("national@2026.1");
    }
}
