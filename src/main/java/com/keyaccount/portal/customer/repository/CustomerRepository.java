package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.customer.Customer;
import com.keyaccount.portal.customer.CustomerStatus;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

    Optional<Customer> findByCreditCode(String creditCode);

    Optional<Customer> findByCode(String code);

    /** Candidates for the similar-name warning: the same normalised key, or one starting with its first letters. */
    @Query("select c from Customer c where c.nameKey = :key or c.nameKey like :prefix escape '!' order by c.id")
    List<Customer> findNameCandidates(@Param("key") String key, @Param("prefix") String prefixPattern,
            Pageable pageable);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Customer c where c.id = :id")
    Optional<Customer> findForUpdate(@Param("id") long id);

    boolean existsByRegionId(long regionId);

    /** Customers the person owns whose trade began (customer code assigned) in [from, to]. */
    long countByOwnerEmployeeIdAndCodeIsNotNullAndTradeSinceBetween(long ownerEmployeeId, LocalDate from,
            LocalDate to);

    long countByOwnerEmployeeIdAndStatusIn(long ownerEmployeeId, Collection<CustomerStatus> statuses);

    long countByDepartmentIdAndStatusIn(long departmentId, Collection<CustomerStatus> statuses);

    /** The owner moved: the archives they own follow them to their new department. */
    @Modifying
    @Query("update Customer c set c.departmentId = :to where c.ownerEmployeeId = :owner and c.departmentId = :from")
    int moveOwnersArchives(@Param("owner") long ownerEmployeeId, @Param("from") long fromDepartmentId,
            @Param("to") long toDepartmentId);
}
