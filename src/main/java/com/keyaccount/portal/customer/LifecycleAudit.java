package com.keyaccount.portal.customer;

/** Audit actions of the lifecycle, the survey and the contracts (entity {@link CustomerAudit#ENTITY}). */
public final class LifecycleAudit {

    /** Every status change; the detail names the move, from and to. */
    public static final String MOVED = "customer.lifecycle";
    public static final String SURVEY_SAVED = "customer.surveySaved";
    public static final String CODE_ASSIGNED = "customer.codeAssigned";
    public static final String CONTRACT_SAVED = "customer.contractSaved";
    public static final String CONTRACT_DELETED = "customer.contractDeleted";
    public static final String FILE_UPLOADED = "customer.fileUploaded";
    public static final String FILE_REFUSED = "customer.fileRefused";
    public static final String FILE_DOWNLOADED = "customer.fileDownloaded";
    public static final String FILE_DELETED = "customer.fileDeleted";
    /** 完全不可能恢复的客户资料 disposed of after the 大客户部经理's approval (000 名册制度 第九条). */
    public static final String FILE_DISPOSED = "customer.fileDisposed";
    public static final String FILE_CORRUPT = "customer.fileCorrupt";

    private LifecycleAudit() {
    }
}
