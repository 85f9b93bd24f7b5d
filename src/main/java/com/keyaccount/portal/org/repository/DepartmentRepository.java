package com.keyaccount.portal.org.repository;

import com.keyaccount.portal.org.Department;
import com.keyaccount.portal.org.DepartmentKind;
import com.keyaccount.portal.org.DepartmentSummary;
import com.keyaccount.portal.org.Employee;
import com.keyaccount.portal.org.OrgTree;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

    @Query("""
            select new com.keyaccount.portal.org.DepartmentSummary(d.id, d.code, d.name, d.kind, p.id, h.id,
                h.displayName, d.sortOrder, d.version,
                (select count(e) from Employee e where e.department = d
                    and e.status = com.keyaccount.portal.org.EmploymentStatus.ACTIVE))
            from Department d left join d.parent p left join d.head h
            order by d.sortOrder, d.code
            """)
    List<DepartmentSummary> findSummaries();

    @Query("""
            select new com.keyaccount.portal.org.OrgTree$DepartmentLink(d.id, d.parent.id, d.head.id, d.code, d.name,
                d.kind)
            from Department d order by d.sortOrder, d.code
            """)
    List<OrgTree.DepartmentLink> findLinks();

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    long countByParent(Department parent);

    List<Department> findByParent(Department parent);

    long countByKind(DepartmentKind kind);

    List<Department> findByHead(Employee head);
}
