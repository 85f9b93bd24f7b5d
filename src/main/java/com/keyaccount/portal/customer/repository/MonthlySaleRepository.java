package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.customer.MonthlySale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MonthlySaleRepository extends JpaRepository<MonthlySale, Long> {

    @Query("""
            select s from MonthlySale s where s.customer.id = :customerId
            order by s.salesMonth desc, s.product asc
            """)
    List<MonthlySale> findByCustomer(@Param("customerId") long customerId);

    /** Lines of one customer in [from, to), months as their first day. */
    @Query("""
            select s from MonthlySale s where s.customer.id = :customerId
              and s.salesMonth >= :from and s.salesMonth < :to
            """)
    List<MonthlySale> findInPeriod(@Param("customerId") long customerId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** The sales amount of the lines a person is responsible for, months in [from, to). */
    @Query("""
            select coalesce(sum(s.amount), 0) from MonthlySale s
            where s.responsibleEmployeeId = :employee and s.salesMonth >= :from and s.salesMonth < :to
            """)
    BigDecimal sumByResponsibleInPeriod(@Param("employee") long employeeId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
