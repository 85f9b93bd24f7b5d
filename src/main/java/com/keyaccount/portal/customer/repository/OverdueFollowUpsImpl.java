package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.customer.Customer;
import com.keyaccount.portal.customer.CustomerStatus;
import com.keyaccount.portal.org.DataScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The data scope's JPQL condition is built at run time, hence a fragment. Served by ix_customer_follow_up
 * (status, last_follow_up_on) and ix_customer_owner (owner_employee_id, status).
 */
class OverdueFollowUpsImpl implements OverdueFollowUps {

    private static final List<CustomerStatus> WORKED = Arrays.stream(CustomerStatus.values())
            .filter(CustomerStatus::editableByOwner).toList();

    private final EntityManager entityManager;

    OverdueFollowUpsImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Customer> findOverdue(long employeeId, DataScope scope, LocalDate cutoff, int offset, int limit) {
        return query("select c from Customer c", " order by c.lastFollowUpOn asc, c.id asc", Customer.class,
                employeeId, scope, cutoff).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countOverdue(long employeeId, DataScope scope, LocalDate cutoff) {
        return query("select count(c) from Customer c", "", Long.class, employeeId, scope, cutoff).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, String orderBy, Class<T> type, long employeeId, DataScope scope,
            LocalDate cutoff) {
        DataScope.JpqlFilter filter = scope.toJpql("c.ownerEmployeeId", "c.departmentId");
        String jpql = select + " where c.status in :worked"
                + " and (c.lastFollowUpOn is null or c.lastFollowUpOn < :cutoff)"
                + " and (c.ownerEmployeeId = :me or :me member of c.coOwnerIds or " + filter.condition() + ")"
                + orderBy;
        TypedQuery<T> query = entityManager.createQuery(jpql, type)
                .setParameter("worked", WORKED)
                .setParameter("cutoff", cutoff)
                .setParameter("me", employeeId);
        filter.parameters().forEach(query::setParameter);
        return query;
    }
}
