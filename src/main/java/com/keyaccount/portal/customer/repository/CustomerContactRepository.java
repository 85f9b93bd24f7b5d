package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.customer.CustomerContact;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerContactRepository extends JpaRepository<CustomerContact, Long> {

    List<CustomerContact> findByCustomerIdOrderByPrimaryContactDescNameAsc(long customerId);

    Optional<CustomerContact> findByIdAndCustomerId(long id, long customerId);

    long countByCustomerId(long customerId);
}
