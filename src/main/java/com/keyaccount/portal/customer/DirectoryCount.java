package com.keyaccount.portal.customer;

import java.io.Serializable;

/**
 * How many archives the 客户一览表 shows under a filter: exact, or for a broad text search "at least" (the count stops
 * at {@link CustomerDirectoryService#TEXT_COUNT_CAP}, shown as "3,000+"), so a search matching most names does not
 * count them all.
 *
 * @param rows    the number of rows, or the cap when {@code atLeast}
 * @param atLeast whether there are more rows than {@code rows}
 */
public record DirectoryCount(long rows, boolean atLeast) implements Serializable {

    static DirectoryCount exact(long rows) {
        return new DirectoryCount(rows, false);
    }
}
