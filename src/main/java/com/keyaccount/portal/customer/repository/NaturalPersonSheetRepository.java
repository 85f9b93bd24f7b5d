package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.customer.NaturalPersonSheet;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NaturalPersonSheetRepository extends JpaRepository<NaturalPersonSheet, Long> {

    Optional<NaturalPersonSheet> findByCustomerId(long customerId);
}
