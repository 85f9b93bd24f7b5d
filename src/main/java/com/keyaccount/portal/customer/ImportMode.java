package com.keyaccount.portal.customer;

/** What an import does with a file that has invalid rows (issue 13: "a file with any invalid row imports nothing"). */
public enum ImportMode {
    /** Any invalid row: nothing is imported. The default. */
    ALL_OR_NOTHING,
    /** The valid rows are imported, the invalid ones reported. */
    VALID_ONLY
}
