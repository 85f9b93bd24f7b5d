package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.customer.CustomerContract;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerContractRepository extends JpaRepository<CustomerContract, Long> {

    List<CustomerContract> findByCustomerIdOrderBySignedOnDescIdDesc(long customerId);
}
