package com.keyaccount.portal.security.repository;

import com.keyaccount.portal.security.UserAccount;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByEmployeeId(Long employeeId);

    List<UserAccount> findByEmployeeIdIn(Collection<Long> employeeIds);

    boolean existsByUsername(String username);
}
