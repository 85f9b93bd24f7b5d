package com.keyaccount.portal.base;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Optimistic locking for edits that travel through a form: the version the user read must still be the stored
 * one, or the save is refused (the shell tells the user someone else changed the record) and nothing is overwritten.
 */
public final class Versions {

    private Versions() {
    }

    public static void require(Class<?> type, Object id, long storedVersion, long expectedVersion) {
        if (storedVersion != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
