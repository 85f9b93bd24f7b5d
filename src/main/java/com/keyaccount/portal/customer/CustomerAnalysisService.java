package com.keyaccount.portal.customer;

import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.org.DataScope;
import com.keyaccount.portal.org.DataScopeService;
import com.keyaccount.portal.security.Permissions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 客户构成分析: customers and their sales (客户销售信息月报表, 002 六) by grade, region, nature or industry for a period,
 * over the customers the person's data scope covers (owner or owning department, see {@link DataScope}); deregistered
 * archives are left out. Two grouped queries per dimension, whatever the number of customers.
 */
@Service
public class CustomerAnalysisService {

    /** The grouping expression of each dimension: fixed strings, never user input. */
    private static final Map<CompositionDimension, String> GROUP_BY = Map.of(
            CompositionDimension.GRADE, "str(c.grade)",
            CompositionDimension.REGION, "r.name",
            CompositionDimension.NATURE, "str(c.nature)",
            CompositionDimension.INDUSTRY, "c.industry");

    /** 000 开发细则 / 选择制度: the stages before the customer code. */
    static final List<CustomerStatus> DEVELOPMENT_STAGES = List.of(CustomerStatus.PROSPECT, CustomerStatus.SURVEYING,
            CustomerStatus.SURVEY_STOPPED, CustomerStatus.PENDING_APPROVAL, CustomerStatus.CONTRACTING);
    private static final List<CustomerStatus> OPEN_STATUSES = Arrays.stream(CustomerStatus.values())
            .filter(CustomerStatus::inDefaultDirectory).toList();

    private final EntityManager entityManager;
    private final DataScopeService scopes;

    CustomerAnalysisService(EntityManager entityManager, DataScopeService scopes) {
        this.entityManager = entityManager;
        this.scopes = scopes;
    }

    /** The slices, largest sales first; months {@code from} to {@code to}, both included. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public List<CompositionSlice> compose(CompositionDimension dimension, YearMonth from, YearMonth to) {
        Objects.requireNonNull(dimension);
        if (to.isBefore(from)) {
            throw new BusinessException("customer.analysis.period");
        }
        DataScope.JpqlFilter scope = scopes.currentScope().toJpql("c.ownerEmployeeId", "c.departmentId");
        String group = GROUP_BY.get(dimension);
        TypedQuery<Object[]> counts = entityManager.createQuery("select " + group + ", count(c) from Customer c "
                + "left join c.region r where c.status <> :deregistered and " + scope.condition()
                + " group by " + group, Object[].class);
        counts.setParameter("deregistered", CustomerStatus.DEREGISTERED);
        scope.parameters().forEach(counts::setParameter);
        TypedQuery<Object[]> sales = entityManager.createQuery("select " + group + ", sum(s.amount) "
                + "from MonthlySale s join s.customer c left join c.region r where c.status <> :deregistered "
                + "and s.salesMonth >= :from and s.salesMonth < :to and " + scope.condition()
                + " group by " + group, Object[].class);
        sales.setParameter("deregistered", CustomerStatus.DEREGISTERED);
        sales.setParameter("from", from.atDay(1));
        sales.setParameter("to", to.plusMonths(1).atDay(1));
        scope.parameters().forEach(sales::setParameter);

        Map<String, long[]> customerCounts = new LinkedHashMap<>();
        for (Object[] row : counts.getResultList()) {
            customerCounts.put((String) row[0], new long[] {((Number) row[1]).longValue()});
        }
        Map<String, BigDecimal> salesSums = new LinkedHashMap<>();
        for (Object[] row : sales.getResultList()) {
            salesSums.put((String) row[0], row[1] == null ? BigDecimal.ZERO : (BigDecimal) row[1]);
        }
        List<CompositionSlice> slices = new ArrayList<>();
        customerCounts.forEach((key, count) -> slices.add(
                new CompositionSlice(key, count[0], salesSums.getOrDefault(key, BigDecimal.ZERO))));
        salesSums.keySet().stream().filter(key -> !customerCounts.containsKey(key))
                .forEach(key -> slices.add(new CompositionSlice(key, 0, salesSums.get(key))));
        slices.sort(Comparator.comparing(CompositionSlice::sales).reversed()
                .thenComparing(Comparator.comparingLong(CompositionSlice::customers).reversed()));
        return slices;
    }

    /** The signed-in person's own customers (owned or co-owned, trade not ended) by grade; null: not graded yet. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public Map<Grade, Long> myCustomersByGrade(long employeeId) {
        Map<Grade, Long> counts = new LinkedHashMap<>();
        entityManager.createQuery("select c.grade, count(distinct c) from Customer c left join c.coOwnerIds co "
                + "where (c.ownerEmployeeId = :me or co = :me) and c.status in :statuses group by c.grade",
                Object[].class).setParameter("me", employeeId).setParameter("statuses", OPEN_STATUSES)
                .getResultList().forEach(row -> counts.put((Grade) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** Archives in development (潜在客户 to 待签合同) within the signed-in person's data scope, by stage. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public Map<CustomerStatus, Long> developmentPipeline() {
        DataScope.JpqlFilter scope = scopes.currentScope().toJpql("c.ownerEmployeeId", "c.departmentId");
        TypedQuery<Object[]> query = entityManager.createQuery("select c.status, count(c) from Customer c "
                + "where c.status in :stages and " + scope.condition() + " group by c.status", Object[].class);
        query.setParameter("stages", DEVELOPMENT_STAGES);
        scope.parameters().forEach(query::setParameter);
        Map<CustomerStatus, Long> counts = new EnumMap<>(CustomerStatus.class);
        query.getResultList().forEach(row -> counts.put((CustomerStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
