package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.customer.ContractFile;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractFileRepository extends JpaRepository<ContractFile, Long> {

    List<ContractFile> findByContractIdInOrderByIdAsc(Collection<Long> contractIds);

    List<ContractFile> findByContractId(long contractId);
}
