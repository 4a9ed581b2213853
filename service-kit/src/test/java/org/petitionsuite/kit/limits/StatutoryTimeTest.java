package org.petitionsuite.kit.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The operator's weekdays-only years: single years, ranges and open ranges; a typo stops the start, naming it. */
class StatutoryTimeTest {

    @Test
    void yearsAndRangesOfYears() {
        assertThat(StatutoryTime.years(List.of("2027", " 2019..2021 "))).containsExactly(2027, 2019, 2020, 2021);
        assertThat(StatutoryTime.years(List.of("..2024"))).startsWith(1949).endsWith(2024).hasSize(2024 - 1949 + 1);
        assertThat(StatutoryTime.years(List.of("2099.."))).containsExactly(2099, 2100);
        assertThatThrownBy(() -> StatutoryTime.years(List.of("2O27"))).hasMessageContaining("'2O27'");
    }
}
