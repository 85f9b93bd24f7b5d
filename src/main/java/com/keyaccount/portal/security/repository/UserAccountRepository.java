package com.keyaccount.portal.security.repository;

import com.keyaccount.portal.security.UserAccount;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    /** Locks the row, so concurrent failed logins are all counted (SELECT … FOR UPDATE). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccount a where a.username = :username")
    Optional<UserAccount> findForUpdate(@Param("username") String username);

    Optional<UserAccount> findByEmployeeId(Long employeeId);

    List<UserAccount> findByEmployeeIdIn(Collection<Long> employeeIds);

    boolean existsByUsername(String username);
}
