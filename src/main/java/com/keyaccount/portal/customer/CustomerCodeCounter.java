package com.keyaccount.portal.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The next number of one customer-code sequence ({@link CustomerCodeFormat#sequenceKey}); read under a row lock and
 * only ever increased, so a number is never handed out twice (000 大客户开发选择制度 第十一条).
 */
@Entity
@Table(name = "customer_code_counter")
public class CustomerCodeCounter {

    @Id
    @Column(name = "sequence_key")
    private String sequenceKey;

    @Column(name = "next_value", nullable = false)
    private long nextValue;

    protected CustomerCodeCounter() {
    }

    public CustomerCodeCounter(String sequenceKey) {
        this.sequenceKey = sequenceKey;
        this.nextValue = 1;
    }

    /** Hands out the next number. */
    public long take() {
        return nextValue++;
    }

    public String getSequenceKey() { return sequenceKey; }
    public long getNextValue() { return nextValue; }
}
