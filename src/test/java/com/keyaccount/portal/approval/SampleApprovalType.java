package com.keyaccount.portal.approval;

import com.keyaccount.portal.base.BusinessException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A test-only request type proving the plumbing: object {@code n} is "样品 n", owned by the employee with id
 * {@code n}; its chain (负责人 → 营销总监 → 总经理) is written by {@link #ensureChain}. Records every
 * {@link ApprovalCompleted} it hears.
 */
@Component
public class SampleApprovalType implements ApprovalType {

    public static final String KEY = "test.sample";

    public final List<ApprovalCompleted> completed = new CopyOnWriteArrayList<>();

    private final JdbcTemplate jdbc;

    SampleApprovalType(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String nameKey() {
        return "approval.type.customer.tradeSurvey";
    }

    @Override
    public ApprovalSubject describe(long objectId) {
        if (objectId < 0) {
            throw new BusinessException("approval.notFound");
        }
        return new ApprovalSubject("Sample", "样品 " + objectId, "samples/" + objectId, objectId);
    }

    @EventListener
    void on(ApprovalCompleted event) {
        completed.add(event);
    }

    /** Writes the sample chain once per database: the manager, the 营销总监, the general manager. */
    public void ensureChain() {
        Integer chains = jdbc.queryForObject("select count(*) from approval_chain where type_key = ?", Integer.class, KEY);
        if (chains != null && chains > 0) {
            return;
        }
        jdbc.update("insert into approval_chain (type_key) values (?)", KEY);
        Long id = jdbc.queryForObject("select id from approval_chain where type_key = ?", Long.class, KEY);
        jdbc.update("insert into approval_chain_step (chain_id, step_no, approver_rule, office_title) values (?, 1, 'REQUESTER_MANAGER', null)", id);
        jdbc.update("insert into approval_chain_step (chain_id, step_no, approver_rule, office_title) values (?, 2, 'OFFICE', 'MARKETING_DIRECTOR')", id);
        jdbc.update("insert into approval_chain_step (chain_id, step_no, approver_rule, office_title) values (?, 3, 'GENERAL_MANAGER', null)", id);
    }
}
