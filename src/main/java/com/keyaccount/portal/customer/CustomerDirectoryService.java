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
 * over indexed columns ({@link CustomerDirectorySql}), so the first page and its count stay fast at 100,000 archives:
 * counts are kept briefly ({@link CustomerDirectoryCache}), a text search counts up to {@link #TEXT_COUNT_CAP} and
 * starts from its rarest name token, and the export pages by the last row's sort key (keyset) instead of an offset.
 */
@Service
public class CustomerDirectoryService {

    /** The largest page a caller gets; the grid asks for 50. */
    static final int MAX_PAGE_SIZE = 1000;

    /** A text search counts its matches up to this number; beyond it the directory shows "3,000+". */
    public static final int TEXT_COUNT_CAP = 3000;

    private final CustomerDirectoryRepository directory;
    private final CustomerAccess access;
    private final OrgQueries org;
    private final CurrentUser currentUser;
    private final CustomerDirectoryCache cache;

    CustomerDirectoryService(CustomerDirectoryRepository directory, CustomerAccess access, OrgQueries org,
            CurrentUser currentUser, CustomerDirectoryCache cache) {
        this.directory = directory;
        this.access = access;
        this.org = org;
        this.currentUser = currentUser;
        this.cache = cache;
    }

    /** One page of the directory in the pageable's order (name when unsorted; id breaks ties). */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public List<CustomerRow> find(CustomerFilter filter, Pageable pageable) {
        int size = pageable.isPaged() ? Math.min(pageable.getPageSize(), MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
        long offset = pageable.isPaged() ? pageable.getOffset() : 0;
        return rows(filter, pageable.getSort(), size, offset);
    }

    /**
     * How many archives the filter shows: exact without a text; with a text exact up to {@link #TEXT_COUNT_CAP}, else
     * "at least" the cap. Kept briefly and shared by readers running the same statement with the same values
     * ({@link CustomerDirectoryCache}).
     */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public DirectoryCount count(CustomerFilter filter) {
        CustomerDirectorySql.Part where = where(filter, textPlan(filter.text()).forCount());
        if (filter.text() == null) {
            CustomerDirectorySql.Part counted = CustomerDirectorySql.forCount(where, filter);
            return DirectoryCount.exact(cache.count(counted.key(), () -> directory.countLines(counted)));
        }
        long counted = cache.count(where.key() + " up to " + (TEXT_COUNT_CAP + 1),
                () -> directory.countLines(where, TEXT_COUNT_CAP + 1));
        return counted > TEXT_COUNT_CAP ? new DirectoryCount(TEXT_COUNT_CAP, true) : DirectoryCount.exact(counted);
    }

    /** A page of rows at an offset (for the grid). */
    List<CustomerRow> rows(CustomerFilter filter, Sort sort, int limit, long offset) {
        return rows(directory.findLines(where(filter), CustomerDirectorySql.orderBy(sort), limit, offset));
    }

    /**
     * The page after a row in the sort order (keyset paging, for the export's stream): an index range from that
     * row on, so the last page costs what the first does. {@code after} null: the first page.
     */
    List<CustomerRow> rowsAfter(CustomerFilter filter, Sort sort, int limit, CustomerRow after) {
        CustomerDirectorySql.Part where = where(filter);
        if (after != null) {
            where = CustomerDirectorySql.after(where, sort, new CustomerDirectorySql.Position(after.name(),
                    after.code(), after.grade() == null ? null : after.grade().name(), after.status().name(),
                    after.lastFollowUpOn(), after.id()));
        }
        return rows(directory.findLines(where, CustomerDirectorySql.orderBy(sort), limit, 0));
    }

    private List<CustomerRow> rows(List<Line> lines) {
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
        return where(filter, textPlan(filter.text()));
    }

    private CustomerDirectorySql.Part where(CustomerFilter filter, CustomerDirectorySql.TextPlan plan) {
        Set<Long> departments = filter.departmentId() == null ? Set.of() : org.departmentAndBelow(filter.departmentId());
        return CustomerDirectorySql.where(filter, departments, currentUser.require().employeeId(), plan);
    }

    /**
     * How a Chinese text is looked up: from its rarest name token (each token's archives counted up to the cap, the
     * counts kept like the directory's), and as a broad text when even that token is in {@link #TEXT_COUNT_CAP}
     * names or more, or when the text holds only legal-form words (有限公司: most names).
     */
    private CustomerDirectorySql.TextPlan textPlan(String text) {
        if (text == null) {
            return CustomerDirectorySql.TextPlan.DEFAULT;
        }
        Set<String> tokens = CustomerNames.searchTokens(text);
        if (tokens.isEmpty()) {
            return new CustomerDirectorySql.TextPlan(null, !CustomerNames.nameTokens(text).isEmpty());
        }
        String rarest = null;
        long fewest = Long.MAX_VALUE;
        for (String token : tokens) {
            long rows = cache.count("token " + token, () -> directory.countTokenRows(token, TEXT_COUNT_CAP));
            if (rows < fewest) {
                rarest = token;
                fewest = rows;
            }
        }
        return new CustomerDirectorySql.TextPlan(rarest, fewest >= TEXT_COUNT_CAP);
    }
}
