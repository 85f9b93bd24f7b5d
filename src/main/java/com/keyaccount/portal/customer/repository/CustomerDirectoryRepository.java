package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.customer.Customer;
import org.springframework.data.repository.Repository;

/** The 客户一览表's queries ({@link CustomerDirectoryQueries}), as a repository of the customer module. */
public interface CustomerDirectoryRepository extends Repository<Customer, Long>, CustomerDirectoryQueries {
}
