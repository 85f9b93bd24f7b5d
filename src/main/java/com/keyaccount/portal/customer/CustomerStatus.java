package com.keyaccount.portal.customer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an archive stands in its lifecycle (000 客户开发选择制度, 000 客户名册管理制度): 潜在客户 → 调查中 (一般调查,
 * 实地调查; 中止调查 on a credit problem, 开发细则 第十二条) → 交易开始调查书 in approval (名册制度 第五条) → contracts
 * (选择制度 第九、十条) → active with a customer code (第十一条) → 交易终止 / 交易解除 (第九条) → 注销. The allowed moves
 * are stated once, here; every move is a service method with its own permission check and audit entry.
 */
public enum CustomerStatus {
    /** 潜在客户: on the 潜在大客户名录 (开发细则 第五条). */
    PROSPECT,
    /** 调查中: general and field survey (选择制度 第六、七条). */
    SURVEYING,
    /** 中止调查: the owner stopped the survey over a credit problem (开发细则 第十二条). */
    SURVEY_STOPPED,
    /** The 交易开始调查书 is in its approval chain. */
    PENDING_APPROVAL,
    /** Approved; waiting for the signed contracts before a code is assigned. */
    CONTRACTING,
    /** 交易往来客户: has a customer code. */
    ACTIVE,
    /** 交易终止 / 交易解除: read-only except for managers; leaves the default directory. */
    TERMINATED,
    /** 注销: kept as history only. */
    DEREGISTERED;

    /** Whether the lifecycle allows moving from this status to {@code next}. */
    public boolean canMoveTo(CustomerStatus next) {
        return successors().contains(next);
    }

    public Set<CustomerStatus> successors() {
        return switch (this) {
            case PROSPECT -> EnumSet.of(SURVEYING, DEREGISTERED);
            case SURVEYING -> EnumSet.of(SURVEY_STOPPED, PENDING_APPROVAL);
            case SURVEY_STOPPED -> EnumSet.of(SURVEYING, DEREGISTERED);
            case PENDING_APPROVAL -> EnumSet.of(CONTRACTING, SURVEYING);
            case CONTRACTING -> EnumSet.of(ACTIVE, SURVEYING);
            case ACTIVE -> EnumSet.of(TERMINATED);
            case TERMINATED -> EnumSet.of(ACTIVE, DEREGISTERED);
            case DEREGISTERED -> EnumSet.noneOf(CustomerStatus.class);
        };
    }

    /** Shown in the default directory: everything but ended and deregistered archives (名册制度 第八条). */
    public boolean inDefaultDirectory() {
        return this != TERMINATED && this != DEREGISTERED;
    }

    /** Whether the archive's data may still be changed by its owner (ended ones only by managers). */
    public boolean editableByOwner() {
        return this != TERMINATED && this != DEREGISTERED;
    }
}
