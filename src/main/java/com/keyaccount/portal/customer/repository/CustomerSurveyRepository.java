package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.customer.CustomerSurvey;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerSurveyRepository extends JpaRepository<CustomerSurvey, Long> {

    Optional<CustomerSurvey> findByTradeRequestId(long tradeRequestId);
}
