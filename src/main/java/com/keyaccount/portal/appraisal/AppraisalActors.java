package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.org.DataScope;
import com.keyaccount.portal.org.DataScopeService;
import com.keyaccount.portal.org.OrgQueries;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import com.keyaccount.portal.security.PortalUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who the signed-in person is to a cycle or a form, decided in one place: the employee, the reviewer, the approving
 * department head, a related department's head or delegate, or someone whose data scope covers the form (managers
 * their team's, department heads their department's, the general manager all). Refusals are audited.
 */
@Component
class AppraisalActors {

    private final CurrentUser currentUser;
    private final DataScopeService scopes;
    private final OrgQueries org;
    private final AuditService audit;

    AppraisalActors(CurrentUser currentUser, DataScopeService scopes, OrgQueries org, AuditService audit) {
        this.currentUser = currentUser;
        this.scopes = scopes;
        this.org = org;
        this.audit = audit;
    }

    /**
     * The signed-in person as the appraisal rules see them.
     *
     * @param employeeId their employee id
     * @param name       their display name
     * @param scope      their data scope
     * @param calibrate  whether they may calibrate (department heads, the general manager)
     * @param cycles     whether they may run cycles (department heads)
     */
    record Actor(long employeeId, String name, DataScope scope, boolean calibrate, boolean cycles) {
    }

    Actor current() {
        PortalUser user = currentUser.require();
        return new Actor(user.employeeId(), user.displayName(), scopes.currentScope(),
                user.hasPermission(Permissions.Appraisal.CALIBRATE), user.hasPermission(Permissions.Appraisal.CYCLE));
    }

    /** Whether the person runs cycles of the department: a department head whose scope holds it. */
    boolean mayManageCycle(Actor actor, long departmentId) {
        return actor.cycles() && (actor.scope().isAll() || actor.scope().departmentIds().contains(departmentId));
    }

    /** Whether the person heads (through their scope) the form's department: may approve, reopen and calibrate. */
    boolean isHeadOver(Actor actor, AppraisalForm form) {
        return actor.calibrate() && actor.employeeId() != form.getEmployeeId()
                && actor.scope().includes(null, form.getDepartmentId());
    }

    /** Whether the person is asked for the opinion: the department's head or the delegate. */
    boolean mayGiveOpinion(Actor actor, AppraisalOpinion opinion) {
        if (opinion.getDelegateId() != null) {
            return opinion.getDelegateId() == actor.employeeId();
        }
        return headsDepartmentOf(actor, opinion);
    }

    /** Whether the person heads the department asked for the opinion (and keeps seeing the form after delegating). */
    private boolean headsDepartmentOf(Actor actor, AppraisalOpinion opinion) {
        return opinion.getDepartmentId() != null && org.headOf(opinion.getDepartmentId())
                .filter(head -> head.id() == actor.employeeId()).isPresent();
    }

    /** Whether the person may name a delegate for the opinion: that department's head or whoever runs the cycle. */
    boolean mayDelegateOpinion(Actor actor, AppraisalOpinion opinion) {
        return headsDepartmentOf(actor, opinion)
                || mayManageCycle(actor, opinion.getForm().getCycle().getDepartmentId());
    }

    /** Whether the person may see the form at all (its results only once final, when they are its employee only). */
    boolean maySee(Actor actor, AppraisalForm form) {
        long me = actor.employeeId();
        if (form.getEmployeeId() == me || form.getReviewerId() == me
                || (form.getApproverId() != null && form.getApproverId() == me)) {
            return true;
        }
        if (form.getOpinions().stream().anyMatch(opinion -> mayGiveOpinion(actor, opinion)
                || headsDepartmentOf(actor, opinion))) {
            return true;
        }
        boolean wider = actor.scope().isAll() || !actor.scope().departmentIds().isEmpty()
                || actor.scope().employeeIds().size() > 1;
        return wider && actor.scope().includes(form.getEmployeeId(), form.getDepartmentId());
    }

    /** Whether the person sees only their own form's self part: its employee, before it is final. */
    boolean seesSelfPartOnly(Actor actor, AppraisalForm form) {
        return form.getEmployeeId() == actor.employeeId() && form.getStatus() != FormStatus.FINAL;
    }

    /** The refusal for a form the person may not see, audited. */
    AccessDeniedException hidden(Actor actor, long formId) {
        audit.recordRefusal(AppraisalAudit.FORM_REFUSED, AppraisalAudit.FORM, formId,
                AuditDetail.of("appraisal.audit.refusedView", actor.name()));
        return new AccessDeniedException("appraisal form " + formId);
    }

    /** The refusal for a move that is not the person's, audited, saying whose turn it is. */
    BusinessException notYourTurn(Actor actor, AppraisalForm form, FormAction action) {
        audit.recordRefusal(AppraisalAudit.FORM_REFUSED, AppraisalAudit.FORM, form.getId(),
                AuditDetail.of("appraisal.audit.refusedMove", actor.name(),
                        AuditDetail.translated("appraisal.action.", action),
                        AuditDetail.translated("appraisal.status.", form.getStatus())));
        return new BusinessException("appraisal.refused.turn." + form.getStatus().turn().name(),
                form.getEmployeeName(), form.getReviewerName(),
                form.getApproverName() == null ? "" : form.getApproverName());
    }
}
