package org.petitionsuite.routing.authority;

import java.util.List;

/**
 * Where a petition goes and how (条例 Art 22 ¶1): forwarded (转送) to the competent organ, or assigned (交办) with a
 * deadline for reporting back. {@code organ} is null only when the directory knows no organ for the place at all.
 *
 * @param flags conditions a person should see: {@code ACCUSED_ORGAN_EXCLUDED} (Art 30 ¶3), {@code COMPETENCE_CONFLICT}
 *              (Art 24 ¶1), {@code NO_COMPETENT_ORGAN}, {@code ALREADY_ACCEPTED_BELOW} (Art 19 ¶3),
 *              {@code RE_REVIEW_CONCLUDED} (Art 36 ¶3)
 * @param accusedOrgans the organs the matter accuses ({@link Accusation}): never the receiving organ, and kept out of
 *              every later step
 */
public record Route(Organ organ, Mode mode, Integer reportWithinDays, String directoryVersion, String article,
                    String rationale, List<String> flags, List<String> accusedOrgans) {

    public enum Mode {
        /** 转送: to the organ with power to handle it (Art 22 ¶1(一)(二)). */
        FORWARD,
        /** 交办: to the organ, which reports back within the deadline set (Art 22 ¶1(三)). */
        ASSIGN
    }
}
