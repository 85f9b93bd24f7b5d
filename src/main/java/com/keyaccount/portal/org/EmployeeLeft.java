package com.keyaccount.portal.org;

import java.time.LocalDate;

/**
 * 离职: the employee left on {@code leftOn}; their login is disabled, their records stay. Published inside the
 * leaving transaction; listen with {@code @TransactionalEventListener} (phase AFTER_COMMIT, the default) so the
 * listener runs only once the leaving is committed and never for a refused one. The publishing transaction is over
 * by then: a listener that writes opens its own, {@code @Transactional(propagation = REQUIRES_NEW)}, and a failure
 * there does not undo the leaving. To refuse a leaving, implement {@link OrgChangeGuard} instead.
 */
public record EmployeeLeft(long employeeId, LocalDate leftOn) {
}
