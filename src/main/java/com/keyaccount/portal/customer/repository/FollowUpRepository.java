package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.customer.FollowUp;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByCustomerIdOrderByOccurredOnDescIdDesc(long customerId, Pageable pageable);
}
