package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.util.Set;

/**
 * Where an archive stands and what the signed-in person may do next.
 *
 * @param tradeRequestId    the 交易开始调查书's approval request, or null before the first submission
 * @param contractsComplete whether the signed contracts that allow a code are on file (001 一篇 第8条)
 */
public record LifecycleState(long customerId, String customerName, CustomerStatus status, EndKind endKind,
        String statusReason, String code, Long tradeRequestId, boolean reportComplete, boolean contractsComplete,
        CustomerPermissions permissions, Set<LifecycleAction> actions) implements Serializable {

    public boolean allows(LifecycleAction action) {
        return actions.contains(action);
    }
}
