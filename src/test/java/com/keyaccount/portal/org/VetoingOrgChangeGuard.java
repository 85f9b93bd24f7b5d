package com.keyaccount.portal.org;

import com.keyaccount.portal.base.BusinessException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** A module's guard as tests configure it: vetoes the leaving of chosen people and the deletion of chosen units. */
@Component
public class VetoingOrgChangeGuard implements OrgChangeGuard {

    private final Map<Long, Integer> customersOwnedBy = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> referencedDepartments = new ConcurrentHashMap<>();

    public void ownsCustomers(long employeeId, int customers) {
        customersOwnedBy.put(employeeId, customers);
    }

    public void referenced(long departmentId) {
        referencedDepartments.put(departmentId, true);
    }

    @Override
    public void checkLeaving(EmployeeReference employee) {
        Integer customers = customersOwnedBy.get(employee.id());
        if (customers != null) {
            throw new BusinessException("test.ownsCustomers", employee.displayName(), customers);
        }
    }

    @Override
    public void checkDeletion(DepartmentReference department) {
        if (referencedDepartments.containsKey(department.id())) {
            throw new BusinessException("test.departmentReferenced", department.name());
        }
    }
}
