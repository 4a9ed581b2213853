package org.petitionsuite.contract.intake;

import java.time.Instant;

/**
 * Data of {@code petition.personal-data-erased.v1}: intake erased the petition's personal data (个人信息保护法 Art 47)
 * by destroying its data key. Every service that keeps anything of the petition's text or identity replaces it with
 * 已删除; figures do not change. The ground and the erasing official stay in intake.
 */
public record PersonalDataErasedV1(String petitionId, Instant erasedAt) {
}
