package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.customer.LegalPersonSheet;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LegalPersonSheetRepository extends JpaRepository<LegalPersonSheet, Long> {

    Optional<LegalPersonSheet> findByCustomerId(long customerId);
}
