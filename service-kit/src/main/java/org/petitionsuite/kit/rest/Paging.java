package org.petitionsuite.kit.rest;

import org.petitionsuite.kit.Violations;

/**
 * A page of a list: {@code page} from 0, {@code size} from 1 to the list's maximum. The page number is bounded so that
 * page × size, the offset Panache computes in an int, never overflows (page=2147483647 answered 500 before).
 */
public record Paging(int page, int size) {
    public static final int MAX_PAGE = 1_000_000;

    /** The paging asked for, with a violation per parameter out of bounds (then the paging is not to be used). */
    public static Paging of(int page, int size, int maxSize, Violations violations) {
        if (page < 0 || page > MAX_PAGE) {
            violations.add("query.page", "is a page number from 0 to " + MAX_PAGE);
        }
        if (size < 1 || size > maxSize) {
            violations.add("query.size", "is between 1 and " + maxSize);
        }
        return new Paging(page, size);
    }
}
