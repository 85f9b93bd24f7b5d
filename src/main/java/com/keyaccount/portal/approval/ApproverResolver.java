package com.keyaccount.portal.approval;

import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.org.DepartmentKind;
import com.keyaccount.portal.org.DepartmentReference;
import com.keyaccount.portal.org.EmployeeReference;
import com.keyaccount.portal.org.Office;
import com.keyaccount.portal.org.OrgQueries;
import com.keyaccount.portal.security.AccountHolder;
import com.keyaccount.portal.security.AccountHolderDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Resolves each step's approver from the organisation.
 *
 * <p>Escalation rule (a person never approves their own request, and a leaver approves nothing): when a step's rule
 * names the requester, nobody, or someone who has left, the step goes to the next person up the manager chain — of
 * the person the rule named, or of the requester when it named nobody — who still works here and is not the
 * requester; the step is then marked escalated. When nobody is left above, the submission is refused
 * ({@code approval.noApprover}): an administrator must change the chain. Two consecutive steps may resolve to the
 * same person; each is decided on its own, as on paper.
 */
@Component
class ApproverResolver {

    private final OrgQueries org;
    private final AccountHolderDirectory holders;

    ApproverResolver(OrgQueries org, AccountHolderDirectory holders) {
        this.org = org;
        this.holders = holders;
    }

    List<ResolvedStep> resolve(List<ChainStepDraft> chain, long requesterId, Long ownerId) {
        List<ResolvedStep> resolved = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            resolved.add(resolve(chain.get(i), i + 1, requesterId, ownerId));
        }
        return resolved;
    }

    ResolvedStep resolve(ChainStepDraft step, int stepNo, long requesterId, Long ownerId) {
        Optional<EmployeeReference> named = named(step, requesterId, ownerId);
        if (named.isPresent() && named.get().id() != requesterId && isActive(named.get().id())) {
            return new ResolvedStep(step.rule(), step.officeTitle(), named.get().id(), named.get().displayName(), false);
        }
        long from = named.map(EmployeeReference::id).orElse(requesterId);
        return org.managerChain(from).stream()
                .filter(person -> person.id() != requesterId && isActive(person.id()))
                .findFirst()
                .map(person -> new ResolvedStep(step.rule(), step.officeTitle(), person.id(), person.displayName(), true))
                .orElseThrow(() -> new BusinessException("approval.noApprover", stepNo));
    }

    private Optional<EmployeeReference> named(ChainStepDraft step, long requesterId, Long ownerId) {
        return switch (step.rule()) {
            case REQUESTER_MANAGER -> org.managerChain(requesterId).stream().findFirst();
            case REQUESTER_DEPARTMENT_HEAD -> departmentHead(requesterId);
            case OFFICE -> {
                List<EmployeeReference> holders = org.holdersOf(Office.valueOf(step.officeTitle()));
                yield holders.stream().filter(p -> p.id() != requesterId).findFirst()
                        .or(() -> holders.stream().findFirst());
            }
            case GENERAL_MANAGER -> org.generalManager();
            case OBJECT_OWNER_MANAGER -> {
                if (ownerId == null) {
                    throw new BusinessException("approval.noOwner");
                }
                yield org.managerChain(ownerId).stream().findFirst();
            }
        };
    }

    /**
     * 部门主管 / 部门经理: the head of the nearest unit of kind department at or above the requester's unit (a team's
     * lead is the requester's manager, not the department head); when that head is the requester or none is
     * appointed, the nearest head above ({@link OrgQueries#responsibleHead}).
     */
    private Optional<EmployeeReference> departmentHead(long requesterId) {
        Optional<EmployeeReference> requester = org.employee(requesterId);
        if (requester.isEmpty()) {
            return Optional.empty();
        }
        List<DepartmentReference> units = new ArrayList<>();
        org.department(requester.get().departmentId()).ifPresent(units::add);
        units.addAll(org.departmentAncestors(requester.get().departmentId()));
        for (DepartmentReference unit : units) {
            if (unit.kind() == DepartmentKind.DEPARTMENT) {
                Optional<EmployeeReference> head = org.headOf(unit.id());
                if (head.isPresent() && head.get().id() != requesterId) {
                    return head;
                }
                break;
            }
        }
        return org.responsibleHead(requesterId);
    }

    boolean isActive(long employeeId) {
        return holders.findHolder(employeeId).map(AccountHolder::active).orElse(false);
    }
}
