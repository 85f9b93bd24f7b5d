package com.keyaccount.portal.customer;

import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.customer.repository.GradeStore;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thresholds of the two grade schemes (001 一篇 第3条 A1–D; 002 三 客户等级分类表 AAA–B), kept as data and edited by
 * administrators ({@code customer:manage}): validated ({@link GradeRules#validate}), version-checked, audited, and
 * applied at once — saving recomputes every customer's grades in the same transaction.
 */
@Service
public class GradeThresholdService {

    private final GradeStore store;
    private final CustomerGradeService grades;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    GradeThresholdService(GradeStore store, CustomerGradeService grades, AuditService audit, CurrentUser currentUser,
            Clock clock) {
        this.store = store;
        this.grades = grades;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Permissions.Customer.HAS_MANAGE)
    @Transactional(readOnly = true)
    public GradeSchemeRules load(GradeScheme scheme) {
        GradeStore.SchemeStamp stamp = store.stamp(scheme);
        return new GradeSchemeRules(scheme, stamp.version(), store.rules(scheme), stamp.updatedAt(),
                stamp.updatedBy());
    }

    /**
     * Replaces a scheme's rules and regrades every customer; refused when the rules are invalid or someone else saved
     * the scheme since {@code edited} was loaded (nothing is overwritten).
     */
    @PreAuthorize(Permissions.Customer.HAS_MANAGE)
    @Transactional
    public GradeRecomputation save(GradeSchemeRules edited) {
        GradeRules.validate(edited.scheme(), edited.rows());
        List<GradeThresholdRow> before = store.rules(edited.scheme());
        if (!store.replaceRules(edited.scheme(), edited.version(), edited.rows(), clock.instant(),
                currentUser.actorName())) {
            throw new ObjectOptimisticLockingFailureException(GradeSchemeRules.class, edited.scheme());
        }
        audit.record(GradeAudit.THRESHOLDS_SAVED, GradeAudit.THRESHOLDS_ENTITY, edited.scheme().name(),
                AuditDetail.of("customer.audit.gradeThresholdsSaved", AuditDetail.translated(edited.scheme().nameKey()),
                        describe(edited.scheme(), before), describe(edited.scheme(), edited.rows())));
        return grades.recomputeAll();
    }

    /** The rules in one line for the audit: {@code A1 [500000,) GOOD; …}, language-neutral. */
    private static String describe(GradeScheme scheme, List<GradeThresholdRow> rows) {
        StringBuilder text = new StringBuilder();
        for (GradeThresholdRow row : rows) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(row.grade()).append(' ').append(range(row.minAmount(), row.maxAmount()));
            if (row.minMargin() != null || row.maxMargin() != null) {
                text.append(" %").append(range(row.minMargin(), row.maxMargin()));
            }
            row.paymentRatings().stream().sorted().forEach(rating -> text.append(' ').append(rating.name()));
        }
        return text.toString();
    }

    private static String range(BigDecimal min, BigDecimal max) {
        return "[" + (min == null ? "" : min.stripTrailingZeros().toPlainString()) + ","
                + (max == null ? "" : max.stripTrailingZeros().toPlainString()) + ")";
    }
}
