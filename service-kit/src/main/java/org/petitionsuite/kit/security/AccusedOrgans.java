package org.petitionsuite.kit.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Routing's {@code accusedOrgans} (条例 Art 30 ¶3) as a read model keeps them: one text column {@code |code|code|}
 * (empty when none), so that a query can leave out what a caller's organ is accused in with {@code not like '%|organ|%'}.
 */
public final class AccusedOrgans {
    private AccusedOrgans() {
    }

    public static String column(Collection<String> organs) {
        return organs == null || organs.isEmpty() ? "" : "|" + String.join("|", new TreeSet<>(organs)) + "|";
    }

    /** The {@code like} pattern (escape character backslash) of a column that names {@code organ}. */
    public static String namingPattern(String organ) {
        return "%|" + organ.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "|%";
    }

    public static Set<String> of(String column) {
        return column == null || column.isEmpty() ? Set.of()
                : Arrays.stream(column.split("\\|")).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
