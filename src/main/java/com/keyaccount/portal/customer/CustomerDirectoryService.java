package com.keyaccount.portal.customer;

import com.keyaccount.portal.customer.repository.CustomerDirectoryQueries.Line;
import com.keyaccount.portal.customer.repository.CustomerDirectoryRepository;
import com.keyaccount.portal.customer.repository.CustomerDirectorySql;
import com.keyaccount.portal.org.DepartmentReference;
import com.keyaccount.portal.org.EmployeeReference;
import com.keyaccount.portal.org.OrgQueries;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 客户一览表 (000 客户名册管理制度 第三条): the directory every holder of {@code customer:read} sees in full — name, short
 * name, code, region, grade, owner, status: the list that may be given to departments — but never an archive's data
 * (004 第三章: opening follows the confidentiality level, {@link CustomerAccessRules}). Each row says whether the
 * reader may open its archive, worked out per page from the cached org tree. Filters and sort orders are plain SQL
 * over indexed columns ({@link CustomerDirectorySql}), so the first page and its count stay fast at 100,000 archives.
 */
@Service
public class CustomerDirectoryService {

    /** The largest page a caller gets; the grid asks for 50. */
    static final int MAX_PAGE_SIZE = 1000;

    private final CustomerDirectoryRepository directory;
    private final CustomerAccess access;
    private final OrgQueries org;
    private final CurrentUser currentUser;

    CustomerDirectoryService(CustomerDirectoryRepository directory, CustomerAccess access, OrgQueries org,
            CurrentUser currentUser) {
        this.directory = directory;
        this.access = access;
        this.org = org;
        this.currentUser = currentUser;
    }

    /** One page of the directory in the pageable's order (name when unsorted; id breaks ties). */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public List<CustomerRow> find(CustomerFilter filter, Pageable pageable) {
        int size = pageable.isPaged() ? Math.min(pageable.getPageSize(), MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
        long offset = pageable.isPaged() ? pageable.getOffset() : 0;
        return rows(filter, pageable.getSort(), size, offset);
    }

    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public long count(CustomerFilter filter) {
        return directory.countLines(where(filter));
    }

    /** A page of rows (for the grid and the export, which streams page after page). */
    List<CustomerRow> rows(CustomerFilter filter, Sort sort, int limit, long offset) {
        List<Line> lines = directory.findLines(where(filter), CustomerDirectorySql.orderBy(sort), limit, offset);
        Map<Long, Set<Long>> coOwners = directory.findCoOwners(lines.stream().map(Line::id).toList());
        Set<Long> openable = access.openable(lines.stream().map(line -> new CustomerAccess.Line(line.id(),
                Confidentiality.valueOf(line.confidentiality()), line.ownerId(), line.departmentId(),
                coOwners.getOrDefault(line.id(), Set.of()))).toList());
        Map<Long, String> owners = new HashMap<>();
        Map<Long, String> departments = new HashMap<>();
        return lines.stream().map(line -> new CustomerRow(line.id(), line.name(), line.shortName(), line.code(),
                line.regionName(), line.grade() == null ? null : Grade.valueOf(line.grade()),
                line.rating() == null ? null : Rating.valueOf(line.rating()),
                owners.computeIfAbsent(line.ownerId(),
                        id -> org.employee(id).map(EmployeeReference::displayName).orElse("")),
                departments.computeIfAbsent(line.departmentId(),
                        id -> org.department(id).map(DepartmentReference::name).orElse("")),
                CustomerStatus.valueOf(line.status()), line.lastFollowUpOn(), openable.contains(line.id())))
                .toList();
    }

    private CustomerDirectorySql.Part where(CustomerFilter filter) {
        Set<Long> departments = filter.departmentId() == null ? Set.of() : org.departmentAndBelow(filter.departmentId());
        return CustomerDirectorySql.where(filter, departments, currentUser.require().employeeId());
    }
}
