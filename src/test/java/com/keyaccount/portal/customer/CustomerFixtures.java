package com.keyaccount.portal.customer;

import java.util.concurrent.atomic.AtomicLong;

/** Drafts and valid credit codes for customer tests; every call gives a code no other test uses. */
public final class CustomerFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private CustomerFixtures() {
    }

    /** A valid 统一社会信用代码 (GB 32100-2015) that no other call returns in this run. */
    public static String uniqueCreditCode() {
        String body = String.format("91350100%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L);
        return body + CreditCode.checkCharacter(body);
    }

    /** An end customer (终端客户档案卡) with a fresh credit code, personal level. */
    public static CustomerDraft draft(String name) {
        CustomerDraft draft = new CustomerDraft();
        draft.setName(name);
        draft.setCreditCode(uniqueCreditCode());
        draft.setVariant(CustomerVariant.END_CUSTOMER_CARD);
        draft.setNature(CustomerNature.END_CUSTOMER);
        draft.setMarket(Market.DOMESTIC);
        draft.setConfidentiality(Confidentiality.PERSONAL);
        return draft;
    }
}
