package com.keyaccount.portal.customer;

import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.org.DepartmentReference;
import com.keyaccount.portal.org.EmployeeReference;
import com.keyaccount.portal.org.EmployeeTransferred;
import com.keyaccount.portal.org.OrgChangeGuard;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps archives from being orphaned by org changes. A leaver takes no customers with them: their archives are handed
 * to another employee first (000 信息办法 第六、十一条; 001 一篇 第14条: 客户转由他人接手), so a leaving is refused while
 * the person still owns archives whose trade has not ended; a department holding such archives cannot be deleted.
 * When an owner moves to another department, the archives they own follow them (the owning department decides
 * department-level access and data scopes).
 */
@Component
class CustomerOrgGuard implements OrgChangeGuard {

    private static final List<CustomerStatus> OPEN = Arrays.stream(CustomerStatus.values())
            .filter(CustomerStatus::inDefaultDirectory).toList();

    private final CustomerRepository customers;
    private final AuditService audit;
    private final CustomerDirectoryCache directoryCache;

    CustomerOrgGuard(CustomerRepository customers, AuditService audit, CustomerDirectoryCache directoryCache) {
        this.customers = customers;
        this.audit = audit;
        this.directoryCache = directoryCache;
    }

    @Override
    public void checkLeaving(EmployeeReference employee) {
        long owned = customers.countByOwnerEmployeeIdAndStatusIn(employee.id(), OPEN);
        if (owned > 0) {
            throw new BusinessException("customer.guard.leaverOwns", employee.displayName(), owned);
        }
    }

    @Override
    public void checkDeletion(DepartmentReference department) {
        long owned = customers.countByDepartmentIdAndStatusIn(department.id(), OPEN);
        if (owned > 0) {
            throw new BusinessException("customer.guard.departmentOwns", department.name(), owned);
        }
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onTransferred(EmployeeTransferred transfer) {
        if (!transfer.departmentChanged()) {
            return;
        }
        int moved = customers.moveOwnersArchives(transfer.employeeId(), transfer.fromDepartmentId(),
                transfer.toDepartmentId());
        if (moved > 0) {
            // a bulk update, past the JPA listener: the counts by department are dropped here
            directoryCache.invalidateAfterCommit();
            audit.record(CustomerAudit.ARCHIVES_MOVED, CustomerAudit.ENTITY, null, AuditDetail.of(
                    "customer.audit.archivesMoved", transfer.employeeId(), moved));
        }
    }
}
