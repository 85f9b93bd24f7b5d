package com.keyaccount.portal.org.repository;

import com.keyaccount.portal.org.Department;
import com.keyaccount.portal.org.Employee;
import com.keyaccount.portal.org.EmployeeFacts;
import com.keyaccount.portal.org.EmployeeOption;
import com.keyaccount.portal.org.EmployeeReference;
import com.keyaccount.portal.org.EmployeeSummary;
import com.keyaccount.portal.org.EmploymentStatus;
import com.keyaccount.portal.org.OrgTree;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EmployeeRepository extends JpaRepository<Employee, Long>, JpaSpecificationExecutor<Employee> {

    String SEARCH_WHERE = """
            where (:text is null or lower(e.displayName) like :text escape '!' or lower(e.employeeNo) like :text escape '!'
                   or lower(e.positionTitle) like :text escape '!' or lower(e.phone) like :text escape '!'
                   or lower(e.email) like :text escape '!')
              and (:anyDepartment = true or e.department.id in :departmentIds)
              and (:status is null or e.status = :status)
            """;

    /** One page, sorted as asked, without a count query (the grid asks for the count separately). */
    @Query("""
            select new com.keyaccount.portal.org.EmployeeSummary(e.id, e.employeeNo, e.displayName, e.department.id,
                e.department.name, e.positionTitle, m.id, m.displayName, e.hireDate, e.education, e.phone, e.email,
                e.status, e.leftOn, e.version)
            from Employee e left join e.manager m
            """ + SEARCH_WHERE)
    List<EmployeeSummary> search(@Param("text") String textPattern, @Param("anyDepartment") boolean anyDepartment,
            @Param("departmentIds") Collection<Long> departmentIds, @Param("status") EmploymentStatus status,
            Pageable pageable);

    @Query("select count(e) from Employee e " + SEARCH_WHERE)
    long countSearch(@Param("text") String textPattern, @Param("anyDepartment") boolean anyDepartment,
            @Param("departmentIds") Collection<Long> departmentIds, @Param("status") EmploymentStatus status);

    /** The narrow directory: name or number ({@code text}: an escaped LIKE pattern, null for all). */
    @Query("""
            select new com.keyaccount.portal.org.EmployeeReference(e.id, e.displayName, e.employeeNo, e.department.id,
                e.department.name)
            from Employee e
            where :text is null or lower(e.displayName) like :text escape '!' or lower(e.employeeNo) like :text escape '!'
            """)
    List<EmployeeReference> searchReferences(@Param("text") String textPattern, Pageable pageable);

    @Query("""
            select new com.keyaccount.portal.org.EmployeeOption(e.id, e.displayName, e.employeeNo, e.department.name)
            from Employee e where e.status = com.keyaccount.portal.org.EmploymentStatus.ACTIVE
            order by e.employeeNo
            """)
    List<EmployeeOption> findActiveOptions();

    @Query("""
            select new com.keyaccount.portal.org.OrgTree$EmployeeLink(e.id, e.department.id, e.manager.id,
                e.employeeNo, e.displayName, e.positionTitle, e.status)
            from Employee e order by e.employeeNo
            """)
    List<OrgTree.EmployeeLink> findLinks();

    @Query("""
            select new com.keyaccount.portal.org.OrgTree$OfficeLink(e.id, o)
            from Employee e join e.offices o order by e.employeeNo
            """)
    List<OrgTree.OfficeLink> findOfficeLinks();

    /** The appraisal facts of some employees. */
    @Query("""
            select new com.keyaccount.portal.org.EmployeeFacts(e.id, e.displayName, e.employeeNo, d.id, d.name,
                e.positionTitle, m.id, e.hireDate, e.education, e.salaryGrade, e.status)
            from Employee e join e.department d left join e.manager m where e.id in :ids order by e.employeeNo
            """)
    List<EmployeeFacts> findFacts(@Param("ids") Collection<Long> ids);

    /** Employees still working in some departments, optionally only those of one position, by number. */
    @Query("""
            select e.id from Employee e
            where e.status = com.keyaccount.portal.org.EmploymentStatus.ACTIVE and e.department.id in :departments
              and (:position is null or e.positionTitle = :position)
            order by e.employeeNo
            """)
    List<Long> findActiveIds(@Param("departments") Collection<Long> departmentIds,
            @Param("position") String positionTitle);

    boolean existsByEmployeeNo(String employeeNo);

    boolean existsByEmployeeNoAndIdNot(String employeeNo, Long id);

    long countByDepartment(Department department);

    long countByManagerAndStatus(Employee manager, EmploymentStatus status);
}
