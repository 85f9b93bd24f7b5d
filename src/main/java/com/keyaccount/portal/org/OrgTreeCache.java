package com.keyaccount.portal.org;

import com.keyaccount.portal.org.repository.DepartmentRepository;
import com.keyaccount.portal.org.repository.EmployeeRepository;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The org tree, loaded once per org version instead of on every call: the version counts committed org changes
 * ({@link OrgChanged}, published by the org services for every employee and department write). A tree loaded
 * while a change commits is tagged with the version it started from and so is reloaded on the next call. Inside a
 * read-write transaction the tree is loaded fresh and not kept: it may hold changes that are rolled back. The
 * counter is per JVM: the portal runs as one instance.
 */
@Component
class OrgTreeCache {

    private record Tagged(long version, OrgTree tree) {
    }

    private final DepartmentRepository departments;
    private final EmployeeRepository employees;
    private final AtomicLong version = new AtomicLong();
    private volatile Tagged cached;

    OrgTreeCache(DepartmentRepository departments, EmployeeRepository employees) {
        this.departments = departments;
        this.employees = employees;
    }

    OrgTree current() {
        boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        long current = version.get();
        Tagged tagged = cached;
        if (!writing && tagged != null && tagged.version() == current) {
            return tagged.tree();
        }
        OrgTree tree = new OrgTree(departments.findLinks(), employees.findLinks(), employees.findOfficeLinks());
        if (!writing) {
            cached = new Tagged(current, tree);
        }
        return tree;
    }

    /** The org version: grows with every committed org change. */
    long version() {
        return version.get();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(OrgChanged event) {
        version.incrementAndGet();
    }
}
