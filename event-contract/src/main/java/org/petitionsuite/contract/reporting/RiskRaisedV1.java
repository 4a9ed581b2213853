package org.petitionsuite.contract.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Data of {@code reporting.risk-raised.v1}: a county's petitions of one content category in a week (or its collective
 * visits, category {@code 集体访}) rose above its own recent baseline (seed 002: 及时发现信访风险). Raised once per
 * county, category and week. Counts only, nothing about a person. Topic {@code petition.reporting.events}, key = the
 * county's division code. Schema: {@code schemas/reporting.risk-raised.v1.schema.json}.
 *
 * @param region        the county, 12 digits
 * @param observed      petitions in the week so far when the signal was raised
 * @param baseline      mean per week over the {@code baselineWeeks} before
 * @param factor        how many times the baseline the week had to exceed
 */
public record RiskRaisedV1(String region, String category, LocalDate weekStart, int observed, BigDecimal baseline,
                           int baselineWeeks, double factor, Instant raisedAt) {
}
