package com.keyaccount.portal.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.org.OrgTree.DepartmentLink;
import com.keyaccount.portal.org.OrgTree.EmployeeLink;
import com.keyaccount.portal.security.DataScopeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Company 1 → departments 2 (大客户部) and 5 (销售部); 2 → teams 3 and 4.
 * People: 10 GM (dept 1) ← 11 head of 2 ← 12 manager of team 3 ← 13, 14; 11 ← 15 manager of team 4 ← 16;
 * 10 ← 17 head of 5.
 */
class OrgTreeTest {

    private final OrgTree tree = new OrgTree(
            List.of(new DepartmentLink(1, null), new DepartmentLink(2, 1L), new DepartmentLink(3, 2L),
                    new DepartmentLink(4, 2L), new DepartmentLink(5, 1L)),
            List.of(new EmployeeLink(10, 1, null), new EmployeeLink(11, 2, 10L), new EmployeeLink(12, 3, 11L),
                    new EmployeeLink(13, 3, 12L), new EmployeeLink(14, 3, 12L), new EmployeeLink(15, 4, 11L),
                    new EmployeeLink(16, 4, 15L), new EmployeeLink(17, 5, 10L)));

    @Test
    void nobodyMayManageThemselves() {
        assertThat(tree.wouldCreateManagerCycle(12, 12L)).isTrue();
    }

    @Test
    void aManagerCannotReportToSomeoneBelowThem() {
        assertThat(tree.wouldCreateManagerCycle(11, 13L)).isTrue();
        assertThat(tree.wouldCreateManagerCycle(10, 16L)).isTrue();
    }

    @Test
    void movingSomeoneSidewaysIsNoCycle() {
        assertThat(tree.wouldCreateManagerCycle(13, 15L)).isFalse();
        assertThat(tree.wouldCreateManagerCycle(12, 17L)).isFalse();
        assertThat(tree.wouldCreateManagerCycle(13, null)).isFalse();
    }

    @Test
    void aDepartmentCannotMoveUnderItsOwnTeam() {
        assertThat(tree.wouldCreateDepartmentCycle(2, 3L)).isTrue();
        assertThat(tree.wouldCreateDepartmentCycle(2, 2L)).isTrue();
        assertThat(tree.wouldCreateDepartmentCycle(3, 5L)).isFalse();
    }

    @Test
    void selfScopeSeesOnlyOwnRecords() {
        DataScope scope = tree.scopeFor(DataScopeKind.SELF, 13);
        assertThat(scope.includes(13L, 3L)).isTrue();
        assertThat(scope.includes(14L, 3L)).isFalse();
    }

    @Test
    void teamScopeSeesEveryoneReportingDirectlyOrIndirectly() {
        assertThat(tree.scopeFor(DataScopeKind.TEAM, 12).employeeIds()).containsExactlyInAnyOrder(12L, 13L, 14L);
        assertThat(tree.scopeFor(DataScopeKind.TEAM, 11).employeeIds())
                .containsExactlyInAnyOrder(11L, 12L, 13L, 14L, 15L, 16L);
        assertThat(tree.scopeFor(DataScopeKind.TEAM, 12).includes(16L, 4L)).isFalse();
    }

    @Test
    void departmentTreeScopeSeesDepartmentAndEverythingBelow() {
        DataScope scope = tree.scopeFor(DataScopeKind.DEPARTMENT_TREE, 11);
        assertThat(scope.departmentIds()).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(scope.includes(16L, 4L)).isTrue();
        assertThat(scope.includes(17L, 5L)).isFalse();
    }

    @Test
    void allScopeSeesEverything() {
        DataScope scope = tree.scopeFor(DataScopeKind.ALL, 10);
        assertThat(scope.isAll()).isTrue();
        assertThat(scope.includes(17L, 5L)).isTrue();
        assertThat(scope.includes(null, null)).isTrue();
    }

    /** The same company with heads: 20 (营销总监) sits at the company and heads 2; 12 heads team 3; 18 left team 3. */
    private final OrgTree headed = new OrgTree(
            List.of(new DepartmentLink(1, null, 10L, "HQ", "公司", DepartmentKind.COMPANY),
                    new DepartmentLink(2, 1L, 20L, "KA", "大客户部", DepartmentKind.DEPARTMENT),
                    new DepartmentLink(3, 2L, 12L, "KA1", "大客户一组", DepartmentKind.TEAM),
                    new DepartmentLink(4, 2L, null, "KA2", "大客户二组", DepartmentKind.TEAM),
                    new DepartmentLink(5, 1L, 17L, "SALES", "销售部", DepartmentKind.DEPARTMENT)),
            List.of(new EmployeeLink(10, 1, null), new EmployeeLink(20, 1, 10L), new EmployeeLink(12, 3, 20L),
                    new EmployeeLink(13, 3, 12L), new EmployeeLink(15, 4, 20L), new EmployeeLink(17, 5, 10L),
                    new EmployeeLink(18, 3, null, "HD18", "离职者", null, EmploymentStatus.LEFT)));

    @Test
    void aDirectorSeatedAtTheCompanySeesTheDepartmentTheyHeadNotTheWholeCompany() {
        DataScope scope = headed.scopeFor(DataScopeKind.DEPARTMENT_TREE, 20);
        assertThat(scope.departmentIds()).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(scope.includes(null, 1L)).isFalse();
        assertThat(scope.includes(17L, 5L)).isFalse();
        assertThat(scope.employeeIds()).containsExactlyInAnyOrder(20L, 12L, 13L, 15L, 18L);
    }

    @Test
    void aTeamScopeIncludesTheTeamsDepartmentAndItsLeavers() {
        DataScope scope = headed.scopeFor(DataScopeKind.TEAM, 12);
        assertThat(scope.departmentIds()).containsExactly(3L);
        assertThat(scope.employeeIds()).containsExactlyInAnyOrder(12L, 13L, 18L);
        assertThat(scope.includes(99L, 3L)).isTrue();
    }

    @Test
    void someoneHeadingNothingFallsBackToTheDepartmentTheySitIn() {
        assertThat(headed.scopeFor(DataScopeKind.DEPARTMENT_TREE, 15).departmentIds()).containsExactly(4L);
    }

    @Test
    void theAllScopeCarriesEveryEmployeeAndDepartment() {
        DataScope scope = headed.scopeFor(DataScopeKind.ALL, 10);
        assertThat(scope.departmentIds()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        assertThat(scope.employeeIds()).contains(18L, 17L, 10L).hasSize(7);
    }

    @Test
    void chainsRunUpToTheTop() {
        assertThat(headed.managerChainIds(13)).containsExactly(12L, 20L, 10L);
        assertThat(headed.ancestorIds(3)).containsExactly(2L, 1L);
        assertThat(headed.ancestorIds(1)).isEmpty();
    }

    @Test
    void aHeadSitsInTheUnitBelowItOrAboveItButNotSideways() {
        assertThat(headed.mayHead(2, 20)).isTrue();
        assertThat(headed.mayHead(2, 13)).isTrue();
        assertThat(headed.mayHead(3, 10)).isTrue();
        assertThat(headed.mayHead(2, 17)).isFalse();
        assertThat(headed.mayHead(4, 13)).isFalse();
        assertThat(headed.mayHeadNewUnder(2, 20)).isTrue();
        assertThat(headed.mayHeadNewUnder(2, 13)).isFalse();
    }

    @Test
    void departmentLevelsNestCompanyDepartmentTeam() {
        assertThat(DepartmentKind.COMPANY.mayHaveParent(null)).isTrue();
        assertThat(DepartmentKind.DEPARTMENT.mayHaveParent(DepartmentKind.COMPANY)).isTrue();
        assertThat(DepartmentKind.TEAM.mayHaveParent(DepartmentKind.DEPARTMENT)).isTrue();
        assertThat(DepartmentKind.TEAM.mayHaveParent(DepartmentKind.COMPANY)).isFalse();
        assertThat(DepartmentKind.DEPARTMENT.mayHaveParent(DepartmentKind.TEAM)).isFalse();
        assertThat(DepartmentKind.COMPANY.mayHaveParent(DepartmentKind.DEPARTMENT)).isFalse();
    }
}
