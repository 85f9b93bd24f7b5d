package com.keyaccount.portal.org;

import com.keyaccount.portal.org.repository.DepartmentRepository;
import com.keyaccount.portal.org.repository.EmployeeRepository;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Resolves the signed-in person's {@link DataScope} from their roles and their place in the org tree. */
@Service
public class DataScopeService {

    private final CurrentUser currentUser;
    private final DepartmentRepository departments;
    private final EmployeeRepository employees;

    DataScopeService(CurrentUser currentUser, DepartmentRepository departments, EmployeeRepository employees) {
        this.currentUser = currentUser;
        this.departments = departments;
        this.employees = employees;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DataScope currentScope() {
        PortalUser user = currentUser.require();
        return new OrgTree(departments.findLinks(), employees.findLinks()).scopeFor(user.dataScope(), user.employeeId());
    }
}
