package com.keyaccount.portal.org;

import com.keyaccount.portal.org.repository.EmployeeRepository;
import com.keyaccount.portal.security.AccountHolder;
import com.keyaccount.portal.security.AccountHolderDirectory;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the login who holds an account and whether they still work here. */
@Component
class OrgAccountHolderDirectory implements AccountHolderDirectory {

    private final EmployeeRepository employees;

    OrgAccountHolderDirectory(EmployeeRepository employees) {
        this.employees = employees;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountHolder> findHolder(long employeeId) {
        return employees.findById(employeeId).map(employee -> new AccountHolder(employee.getId(),
                employee.getDisplayName(), employee.getDepartment().getName(), employee.isActive()));
    }
}
