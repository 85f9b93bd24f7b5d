package com.keyaccount.portal.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.org.DepartmentKind;
import com.keyaccount.portal.org.DepartmentReference;
import com.keyaccount.portal.org.EmployeeReference;
import com.keyaccount.portal.org.Office;
import com.keyaccount.portal.org.OrgQueries;
import com.keyaccount.portal.security.AccountHolder;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Approver resolution on a small org: 王总 (1) heads the company, 陈 (2) the department, 刘 (3) leads the team of
 * 张 (4); 赵 (5) is a second team lead under 陈 who has left.
 */
class ApproverResolverTest {

    private static final EmployeeReference WANG = person(1, "王总", 10);
    private static final EmployeeReference CHEN = person(2, "陈", 20);
    private static final EmployeeReference LIU = person(3, "刘", 30);
    private static final EmployeeReference ZHANG = person(4, "张", 30);
    private static final EmployeeReference ZHAO = person(5, "赵", 31);

    private final OrgQueries org = mock(OrgQueries.class);
    private Set<Long> leavers = Set.of(5L);
    private ApproverResolver resolver;

    private static EmployeeReference person(long id, String name, long departmentId) {
        return new EmployeeReference(id, name, "HD" + id, departmentId, "部门" + departmentId);
    }

    @BeforeEach
    void org() {
        resolver = new ApproverResolver(org, id -> Optional.of(new AccountHolder(id, "x", "y", !leavers.contains(id))));
        when(org.employee(4)).thenReturn(Optional.of(ZHANG));
        when(org.employee(2)).thenReturn(Optional.of(CHEN));
        when(org.managerChain(4)).thenReturn(List.of(LIU, CHEN, WANG));
        when(org.managerChain(3)).thenReturn(List.of(CHEN, WANG));
        when(org.managerChain(5)).thenReturn(List.of(CHEN, WANG));
        when(org.managerChain(2)).thenReturn(List.of(WANG));
        when(org.managerChain(1)).thenReturn(List.of());
        when(org.department(30)).thenReturn(Optional.of(new DepartmentReference(30, "T1", "一组", DepartmentKind.TEAM, 20L)));
        when(org.department(20)).thenReturn(Optional.of(new DepartmentReference(20, "KA", "大客户部", DepartmentKind.DEPARTMENT, 10L)));
        when(org.departmentAncestors(30)).thenReturn(List.of(
                new DepartmentReference(20, "KA", "大客户部", DepartmentKind.DEPARTMENT, 10L),
                new DepartmentReference(10, "HQ", "公司", DepartmentKind.COMPANY, null)));
        when(org.departmentAncestors(20)).thenReturn(List.of(
                new DepartmentReference(10, "HQ", "公司", DepartmentKind.COMPANY, null)));
        when(org.headOf(20)).thenReturn(Optional.of(CHEN));
        when(org.responsibleHead(2)).thenReturn(Optional.of(WANG));
        when(org.generalManager()).thenReturn(Optional.of(WANG));
        when(org.holdersOf(Office.MARKETING_DIRECTOR)).thenReturn(List.of(CHEN));
    }

    private ResolvedStep resolve(ApproverRule rule, String office, long requester, Long owner) {
        return resolver.resolve(new ChainStepDraft(rule, office), 1, requester, owner);
    }

    @Test
    void eachRuleNamesItsPerson() {
        assertThat(resolve(ApproverRule.REQUESTER_MANAGER, null, 4, null).approverId()).isEqualTo(3);
        assertThat(resolve(ApproverRule.REQUESTER_DEPARTMENT_HEAD, null, 4, null).approverId()).isEqualTo(2);
        assertThat(resolve(ApproverRule.OFFICE, "MARKETING_DIRECTOR", 4, null).approverId()).isEqualTo(2);
        assertThat(resolve(ApproverRule.GENERAL_MANAGER, null, 4, null).approverId()).isEqualTo(1);
        assertThat(resolve(ApproverRule.OBJECT_OWNER_MANAGER, null, 4, 3L).approverId()).isEqualTo(2);
        assertThat(resolve(ApproverRule.REQUESTER_MANAGER, null, 4, null).escalated()).isFalse();
    }

    @Test
    void aStepNamingTheRequesterGoesUpTheirManagerChain() {
        ResolvedStep head = resolve(ApproverRule.REQUESTER_DEPARTMENT_HEAD, null, 2, null);
        assertThat(head.approverId()).isEqualTo(1);
        ResolvedStep office = resolve(ApproverRule.OFFICE, "MARKETING_DIRECTOR", 2, null);
        assertThat(office.approverId()).isEqualTo(1);
        assertThat(office.escalated()).isTrue();
    }

    @Test
    void aLeaverIsSkippedForTheNextPersonUp() {
        ResolvedStep step = resolve(ApproverRule.OBJECT_OWNER_MANAGER, null, 4, 5L);
        assertThat(step.approverId()).isEqualTo(2);
        leavers = Set.of(2L);
        resolver = new ApproverResolver(org, id -> Optional.of(new AccountHolder(id, "x", "y", !leavers.contains(id))));
        ResolvedStep reResolved = resolve(ApproverRule.OBJECT_OWNER_MANAGER, null, 4, 3L);
        assertThat(reResolved.approverId()).isEqualTo(1);
        assertThat(reResolved.escalated()).isTrue();
    }

    @Test
    void withNobodyAboveTheSubmissionIsRefused() {
        assertThatThrownBy(() -> resolve(ApproverRule.GENERAL_MANAGER, null, 1, null))
                .isInstanceOf(BusinessException.class).hasMessage("approval.noApprover");
        assertThatThrownBy(() -> resolve(ApproverRule.OBJECT_OWNER_MANAGER, null, 4, null))
                .isInstanceOf(BusinessException.class).hasMessage("approval.noOwner");
    }
}
