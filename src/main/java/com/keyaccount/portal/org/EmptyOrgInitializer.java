package com.keyaccount.portal.org;

import com.keyaccount.portal.org.repository.DepartmentRepository;
import java.util.function.BooleanSupplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs start-up work once, on an organisation that is still empty (no department): the demo company, the first
 * administrator. The check and the work share one transaction, so a failure half-way leaves the database empty
 * and the next start tries again, instead of a half-built organisation that no longer counts as empty.
 */
@Service
public class EmptyOrgInitializer {

    private final DepartmentRepository departments;
    private final TransactionTemplate transaction;

    EmptyOrgInitializer(DepartmentRepository departments, PlatformTransactionManager transactions) {
        this.departments = departments;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs {@code work} if the organisation is empty; true if it ran (and committed). */
    @PreAuthorize(DataScopeService.SYSTEM_ONLY)
    public boolean runIfEmpty(Runnable work) {
        return runInOneTransaction(() -> departments.count() == 0, work);
    }

    boolean runInOneTransaction(BooleanSupplier condition, Runnable work) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (!condition.getAsBoolean()) {
                return false;
            }
            work.run();
            return true;
        }));
    }
}
