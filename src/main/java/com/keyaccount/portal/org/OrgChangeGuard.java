package com.keyaccount.portal.org;

/**
 * Lets a module veto an org change that would orphan its records: implement it as a bean and throw a
 * {@link com.keyaccount.portal.base.BusinessException} with the reason the administrator reads ("still owns 37
 * customers"). The org services ask every guard inside their transaction, after their own rules and before
 * changing anything; a veto rolls the change back. Guards only read: they run for changes that may still fail.
 */
public interface OrgChangeGuard {

    /** Called before {@code employee} is recorded as having left. */
    default void checkLeaving(EmployeeReference employee) {
    }

    /** Called before the (empty) {@code department} is deleted. */
    default void checkDeletion(DepartmentReference department) {
    }
}
