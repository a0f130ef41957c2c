package dev.arrears.invoice.rest;

import dev.arrears.invoice.domain.InvalidInput;

/** Bounds of list pages. */
final class Paging {

    static final int MAX_SIZE = 500;

    private Paging() {
    }

    static void check(int page, int size) {
        if (page < 0) {
            throw new InvalidInput("page", "page starts at 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", "size must be between 1 and " + MAX_SIZE);
        }
    }
}
