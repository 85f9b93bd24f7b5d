package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.customer.Customer;
import com.keyaccount.portal.org.DataScope;
import java.time.LocalDate;
import java.util.List;

/**
 * Archives whose last follow-up is older than a cut-off (or that never had one), in a status that is still worked,
 * owned or co-owned by a person or inside their data scope; the oldest first. A fragment of {@link FollowUpRepository}.
 */
public interface OverdueFollowUps {

    List<Customer> findOverdue(long employeeId, DataScope scope, LocalDate cutoff, int offset, int limit);

    long countOverdue(long employeeId, DataScope scope, LocalDate cutoff);
}
