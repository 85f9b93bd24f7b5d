package com.keyaccount.portal.approval;

/**
 * A kind of request another module plugs in (e.g. {@code customer.tradeSurvey}, 交易开始调查书), as a Spring bean.
 * Its chain of steps is data ({@code approval_chain}), so an administrator may change it; the module reacts to the
 * outcome by listening to {@link ApprovalCompleted}.
 */
public interface ApprovalType {

    /** The type's key, unique in the portal, e.g. {@code customer.tradeSurvey}. */
    String key();

    /** The message key of the type's name. */
    default String nameKey() {
        return ApprovalTypes.defaultNameKey(key());
    }

    /**
     * Describes the object for a submission by the signed-in person. Refuse here (with a {@code BusinessException})
     * when the object does not exist or that person may not ask for it.
     */
    ApprovalSubject describe(long objectId);
}
