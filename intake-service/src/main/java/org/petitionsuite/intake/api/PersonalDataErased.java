package org.petitionsuite.intake.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The personal data of the petition was erased: its data key is destroyed (个人信息保护法 Art 47). Holds no personal data
 * itself; read models replace every personal value with 已删除. Published as {@code petition.personal-data-erased.v1}
 * without the reason and the official, so that routing drops the redacted text and accused target it keeps.
 */
@Revision("1")
public record PersonalDataErased(String petitionId, String reason, String erasedBy, Instant at) {
}
