package org.petitionsuite.contract.supervision;

import java.time.Instant;

/**
 * Data of {@code defect.recorded.v1}: a failure the accountability articles name (条例 Art 43–45) was found on a
 * petition and charged to an organ. Codes: {@code REGISTERED_LATE} (Art 44(一)), {@code NOT_FORWARDED_IN_TIME}
 * (Art 43), {@code ACCEPTANCE_NOT_NOTIFIED_IN_TIME} (Art 44(三)), {@code HANDLED_LATE} (Art 45(一)),
 * {@code SUPERVISION_NOT_PERFORMED} (Art 43). Display names are configuration (e.g. a province's 四应四不).
 *
 * @param clockId the clock whose breach it is; null for {@code REGISTERED_LATE}
 */
public record DefectRecordedV1(String petitionId, String placeOfMatter, String defect, String article, String organCode,
                               String clockId, Instant recordedAt) {
}
