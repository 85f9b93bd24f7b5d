package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.customer.SavedFilter;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SavedFilterRepository extends JpaRepository<SavedFilter, Long> {

    List<SavedFilter> findByEmployeeIdOrderByNameAsc(long employeeId);

    Optional<SavedFilter> findByEmployeeIdAndName(long employeeId, String name);

    long countByEmployeeId(long employeeId);
}
