package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.customer.CustomerRegion;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRegionRepository extends JpaRepository<CustomerRegion, Long> {

    List<CustomerRegion> findAllByOrderByCodeAsc();

    Optional<CustomerRegion> findByCodeIgnoreCase(String code);
}
