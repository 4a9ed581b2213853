package org.petitionsuite.kit.rest;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The first throwable in a failure's cause chain, or suppressed anywhere in it, that matches: where a command bus, a
 * transaction or a JTA commit has wrapped the failure that decides the answer.
 */
public final class Causes {
    private Causes() {
    }

    public static Optional<Throwable> find(Throwable failure, Predicate<Throwable> matching) {
        return find(failure, matching, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        return find(failure, type::isInstance).map(type::cast);
    }

    private static Optional<Throwable> find(Throwable t, Predicate<Throwable> matching, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return Optional.empty();
        }
        if (matching.test(t)) {
            return Optional.of(t);
        }
        for (Throwable suppressed : t.getSuppressed()) {
            Optional<Throwable> found = find(suppressed, matching, seen);
            if (found.isPresent()) {
                return found;
            }
        }
        return find(t.getCause(), matching, seen);
    }
}
