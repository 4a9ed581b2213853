package org.petitionsuite.supervision.api;

import java.time.Instant;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * The letter an action was issued with (督办函, 挂牌督办通知书, or one of Art 40's three 建议书): its 文号 and the facts
 * its template is filled with, stored so it reads the same whenever downloaded. Stays in supervision, like the
 * reasons (ActionTexts).
 */
@Revision("1")
public record ActionLetter(String actionId, String number, Map<String, String> fields, Instant at) {
}
