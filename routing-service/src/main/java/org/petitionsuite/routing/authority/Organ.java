package org.petitionsuite.routing.authority;

import java.util.List;
import org.petitionsuite.contract.LegalChannel;

/**
 * An organ in the authority directory.
 *
 * @param channels    the legal channels it handles (a court: COURT_PROCEDURE; a labour bureau: DUTY_PERFORMANCE, ...)
 * @param areas       内容分类 prefixes of its functions (谁主管、谁负责); absent means every area
 * @param aliases     short names people use (上城区住建局), to recognise the organ in an accusation (Art 30 ¶3)
 * @param coordinator the petition department (信访部门) of its region: receives what no organ, or more than one,
 *                    claims, for the common superior to decide (条例 Art 24 ¶1)
 */
public record Organ(String code, String name, Level level, String region, List<LegalChannel> channels,
                    List<String> areas, List<String> aliases, boolean coordinator) {
}
