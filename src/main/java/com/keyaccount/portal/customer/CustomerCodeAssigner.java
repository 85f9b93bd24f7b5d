package com.keyaccount.portal.customer;

import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.customer.repository.CustomerCodeCounterRepository;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.notification.NotificationService;
import com.keyaccount.portal.org.DepartmentService;
import com.keyaccount.portal.org.DepartmentSummary;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Draws customer codes (000 大客户开发选择制度 第十一条 设定大客户代码) in the format {@code portal.customer.code-format}
 * ({@link CustomerCodeFormat}) from the {@code customer_code_counter} row of the code's sequence, taken with
 * SELECT … FOR UPDATE, and tells the related departments (第十二条: 将选定的大客户基本资料通知本公司相关部门; their
 * codes in {@code portal.customer.notify-departments}). A number, once handed out, is never handed out again; the
 * unique constraint on {@code customer.code} is the last guard, and numbers already taken by an archive (after a
 * format change) are skipped.
 */
@Component
class CustomerCodeAssigner {

    private final CustomerCodeCounterRepository counters;
    private final CustomerRepository customers;
    private final DepartmentService departments;
    private final NotificationService notifications;
    private final CustomerCodeFormat format;
    private final List<String> notifyDepartments;
    private final TransactionTemplate ownTransaction;

    CustomerCodeAssigner(CustomerCodeCounterRepository counters, CustomerRepository customers,
            DepartmentService departments, NotificationService notifications,
            @Value("${portal.customer.code-format:" + CustomerCodeFormat.DEFAULT_PATTERN + "}") String pattern,
            @Value("${portal.customer.notify-departments:SALES,CS,FIN,LOG}") List<String> notifyDepartments,
            PlatformTransactionManager transactions) {
        this.counters = counters;
        this.customers = customers;
        this.departments = departments;
        this.notifications = notifications;
        this.format = new CustomerCodeFormat(pattern);
        this.notifyDepartments = notifyDepartments.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String sequenceKey(LocalDate today, String regionCode) {
        return format.sequenceKey(today, regionCode);
    }

    /**
     * Creates the sequence's counter row unless it exists, in a transaction of its own that holds no other lock; two
     * callers racing to create it meet at the primary key and the loser finds the winner's row.
     */
    void ensureCounter(String sequenceKey) {
        if (counters.existsById(sequenceKey)) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> counters.saveAndFlush(new CustomerCodeCounter(sequenceKey)));
        } catch (DataIntegrityViolationException createdByAnother) {
            // the other transaction's row serves both
        }
    }

    /** The next free code; call inside the activating transaction after {@link #ensureCounter}. */
    String next(LocalDate today, String regionCode) {
        CustomerCodeCounter counter = counters.lock(sequenceKey(today, regionCode))
                .orElseThrow(() -> new IllegalStateException("No counter for " + sequenceKey(today, regionCode)));
        String code;
        do {
            try {
                code = format.format(today, regionCode, counter.take());
            } catch (IllegalStateException exhausted) {
                throw new BusinessException(CustomerCodeFormat.EXHAUSTED);
            }
        } while (taken(code));
        return code;
    }

    private boolean taken(String code) {
        return customers.exists((root, query, cb) -> cb.equal(root.get("code"), code));
    }

    /** Tells the heads of the related departments, and the owner, that the customer has its code. */
    void notifyDepartments(Customer customer, String code) {
        Set<Long> recipients = new LinkedHashSet<>();
        recipients.add(customer.getOwnerEmployeeId());
        departments.findAll().stream().filter(d -> notifyDepartments.contains(d.code()))
                .map(DepartmentSummary::headId).filter(Objects::nonNull).forEach(recipients::add);
        recipients.forEach(recipient -> notifications.notify(recipient, "customer.notice.activated",
                List.of(customer.getName(), code), CustomerLifecycleService.route(customer)));
    }
}
