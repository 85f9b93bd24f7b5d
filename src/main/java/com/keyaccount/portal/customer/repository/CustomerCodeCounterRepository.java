package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.customer.CustomerCodeCounter;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerCodeCounterRepository extends JpaRepository<CustomerCodeCounter, String> {

    /** The counter row under a write lock (SELECT … FOR UPDATE), held until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CustomerCodeCounter c where c.sequenceKey = :key")
    Optional<CustomerCodeCounter> lock(@Param("key") String key);
}
