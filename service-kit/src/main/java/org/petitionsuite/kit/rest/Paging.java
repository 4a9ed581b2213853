package org.petitionsuite.kit.rest;

import org.petitionsuite.kit.Violations;

/**
 * A page of a list: {@code page} from 0, {@code size} from 1 to the list's maximum. The page number is bounded so that
 * page × size, the offset Panache computes in an int, never overflows (page=2147483647 answered 500 before).
 */
public final class Paging {
    public static final int MAX_PAGE = 1_000_000;

    private Paging() {
    }

    /** A violation per parameter out of bounds. */
    public static void check(int page, int size, int maxSize, Violations violations) {
        if (page < 0 || page > MAX_PAGE) {
            violations.add("query.page", "is a page number from 0 to " + MAX_PAGE);
        }
        if (size < 1 || size > maxSize) {
            violations.add("query.size", "is between 1 and " + maxSize);
        }
    }
}
