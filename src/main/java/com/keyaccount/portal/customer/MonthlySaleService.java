package com.keyaccount.portal.customer;

import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.Versions;
import com.keyaccount.portal.customer.SaleImportResult.SaleRowProblem;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.customer.repository.MonthlySaleRepository;
import com.keyaccount.portal.org.EmployeeReference;
import com.keyaccount.portal.org.OrgQueries;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 客户销售信息月报表 (002 六): a customer's monthly sales lines — month, responsible person, product, sales amount,
 * discount, gross profit and margin (毛利率 = gross profit / sales amount). Read by whoever may open the archive,
 * changed by whoever may edit it; one line per customer, month and product; no month after the current one. Every
 * change is audited and recomputes the customer's grades ({@link CustomerGradeService}) in the same transaction.
 * {@link #importLines} takes the rows of a spreadsheet all or nothing, with a problem list per row.
 */
@Service
public class MonthlySaleService {

    static final int MAX_PRODUCT = 100;
    static final int MAX_REMARKS = 500;
    private static final int SELECTABLE_MONTHS = 36;
    private static final BigDecimal MAX_MONEY = new BigDecimal("9999999999999.99");

    private final MonthlySaleRepository sales;
    private final CustomerRepository customers;
    private final CustomerAccess access;
    private final GradeEngine grades;
    private final OrgQueries org;
    private final AuditService audit;
    private final CurrentUser currentUser;

    MonthlySaleService(MonthlySaleRepository sales, CustomerRepository customers, CustomerAccess access,
            GradeEngine grades, OrgQueries org, AuditService audit, CurrentUser currentUser) {
        this.sales = sales;
        this.customers = customers;
        this.access = access;
        this.grades = grades;
        this.org = org;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The archive's lines, newest month first, products in order. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public List<MonthlySaleLine> findLines(long customerId) {
        access.requireOpen(require(customerId));
        Map<Long, String> names = new HashMap<>();
        return sales.findByCustomer(customerId).stream().map(sale -> new MonthlySaleLine(sale.getId(),
                sale.getVersion(), sale.getMonth(), sale.getResponsibleEmployeeId(),
                sale.getResponsibleEmployeeId() == null ? null : names.computeIfAbsent(sale.getResponsibleEmployeeId(),
                        id -> org.employee(id).map(EmployeeReference::displayName).orElse("")),
                sale.getProduct(), sale.getAmount(), sale.getDiscount(), sale.getGrossProfit(), sale.marginPercent(),
                sale.getRemarks())).toList();
    }

    /** Who a line may name as responsible: the archive's owner, its co-responsible staff and the signed-in person. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public List<EmployeeReference> findResponsibleOptions(long customerId) {
        Customer customer = require(customerId);
        access.requireOpen(customer);
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(customer.getOwnerEmployeeId());
        ids.addAll(customer.getCoOwnerIds());
        currentUser.get().ifPresent(me -> ids.add(me.employeeId()));
        return ids.stream().map(org::employee).flatMap(Optional::stream).toList();
    }

    /** The months a line may be typed for: the current month and the 35 before it, newest first. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    public List<YearMonth> selectableMonths() {
        YearMonth current = grades.currentMonth();
        return IntStream.range(0, SELECTABLE_MONTHS).mapToObj(current::minusMonths).toList();
    }

    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public long add(long customerId, SaleLine line) {
        Customer customer = require(customerId);
        access.requireEdit(customer);
        throwFirst(check(0, line));
        String product = line.product().strip();
        if (clashes(customerId, line.month(), product, null)) {
            throw duplicate(line.month(), product);
        }
        MonthlySale sale = new MonthlySale(customer, line.month(), product);
        apply(sale, line);
        save(sale);
        audit.record(GradeAudit.SALE_ADDED, CustomerAudit.ENTITY, customerId, AuditDetail.of("customer.audit.saleAdded",
                customer.getName(), line.month(), product, sale.getAmount().toPlainString()));
        grades.recompute(customerId);
        return sale.getId();
    }

    /** Saves an edited line; refused when someone else changed or deleted it meanwhile. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void update(long lineId, SaleLine line) {
        MonthlySale sale = requireLine(lineId);
        Customer customer = sale.getCustomer();
        access.requireEdit(customer);
        Versions.require(MonthlySale.class, lineId, sale.getVersion(), line.version());
        throwFirst(check(0, line));
        String product = line.product().strip();
        if (clashes(customer.getId(), line.month(), product, lineId)) {
            throw duplicate(line.month(), product);
        }
        AuditDetail.Changes changes = new AuditDetail.Changes()
                .field("customer.sale.field.month", sale.getMonth(), line.month())
                .field("customer.sale.field.product", sale.getProduct(), product)
                .field("customer.sale.field.amount", plain(sale.getAmount()), plain(line.amount()))
                .field("customer.sale.field.discount", plain(sale.getDiscount()), plain(zero(line.discount())))
                .field("customer.sale.field.grossProfit", plain(sale.getGrossProfit()),
                        plain(zero(line.grossProfit())));
        sale.setMonth(line.month());
        sale.setProduct(product);
        apply(sale, line);
        save(sale);
        audit.record(GradeAudit.SALE_UPDATED, CustomerAudit.ENTITY, customer.getId(),
                AuditDetail.of("customer.audit.saleUpdated", customer.getName(), line.month(), product)
                        .withChanges(changes.list()));
        grades.recompute(customer.getId());
    }

    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void delete(long lineId, long version) {
        MonthlySale sale = requireLine(lineId);
        Customer customer = sale.getCustomer();
        access.requireEdit(customer);
        Versions.require(MonthlySale.class, lineId, sale.getVersion(), version);
        sales.delete(sale);
        sales.flush();
        audit.record(GradeAudit.SALE_DELETED, CustomerAudit.ENTITY, customer.getId(),
                AuditDetail.of("customer.audit.saleDeleted", customer.getName(), sale.getMonth(), sale.getProduct(),
                        sale.getAmount().toPlainString()));
        grades.recompute(customer.getId());
    }

    /**
     * Imports lines all or nothing: when any line has a problem nothing is saved and every problem is returned.
     * With {@code customerId} every line belongs to that archive; without, each line names its customer.
     */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public SaleImportResult importLines(Long customerId, List<SaleLine> lines) {
        return importChecked(customerId, lines, false);
    }

    /** Imports the valid lines only (the user chose so after seeing the problems) and returns the others' problems. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public SaleImportResult importValidLines(Long customerId, List<SaleLine> lines) {
        return importChecked(customerId, lines, true);
    }

    private SaleImportResult importChecked(Long customerId, List<SaleLine> lines, boolean validOnly) {
        Map<Long, Object> targets = new HashMap<>();
        Map<Long, Set<String>> keys = new HashMap<>();
        List<SaleRowProblem> problems = new ArrayList<>();
        Map<Integer, Customer> valid = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            SaleLine line = lines.get(i);
            Long target = customerId != null ? customerId : line.customerId();
            List<SaleRowProblem> found = new ArrayList<>(check(i, line));
            Object customer = target == null ? "customer.sale.customer.required"
                    : targets.computeIfAbsent(target, this::editableOrProblem);
            if (customer instanceof String key) {
                found.add(new SaleRowProblem(i, "customerId", key, List.of()));
            } else if (found.isEmpty()) {
                String product = line.product().strip();
                Set<String> taken = keys.computeIfAbsent(target, this::lineKeys);
                if (!taken.add(key(line.month(), product))) {
                    found.add(new SaleRowProblem(i, "product", "customer.sale.duplicate",
                            List.of(line.month().toString(), product)));
                } else {
                    valid.put(i, (Customer) customer);
                }
            }
            problems.addAll(found);
        }
        if (!problems.isEmpty() && !validOnly) {
            return new SaleImportResult(0, problems);
        }
        Map<Customer, Integer> perCustomer = new LinkedHashMap<>();
        for (Map.Entry<Integer, Customer> entry : valid.entrySet()) {
            SaleLine line = lines.get(entry.getKey());
            MonthlySale sale = new MonthlySale(entry.getValue(), line.month(), line.product().strip());
            apply(sale, line);
            sales.save(sale);
            perCustomer.merge(entry.getValue(), 1, Integer::sum);
        }
        try {
            sales.flush();
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("customer.sale.importClash");
        }
        perCustomer.forEach((customer, count) -> {
            audit.record(GradeAudit.SALES_IMPORTED, CustomerAudit.ENTITY, customer.getId(),
                    AuditDetail.of("customer.audit.salesImported", customer.getName(), count));
            grades.recompute(customer.getId());
        });
        return new SaleImportResult(valid.size(), problems);
    }

    /** The archive if the signed-in person may change it, else the message key of why not. */
    private Object editableOrProblem(long customerId) {
        Optional<Customer> customer = customers.findById(customerId);
        if (customer.isEmpty()) {
            return "customer.notFound";
        }
        try {
            access.requireEdit(customer.get());
            return customer.get();
        } catch (BusinessException refused) {
            return refused.messageKey();
        }
    }

    /** The problems of one line, each on its field; an empty list when the line may be saved. */
    private List<SaleRowProblem> check(int index, SaleLine line) {
        List<SaleRowProblem> problems = new ArrayList<>();
        if (line.month() == null) {
            problems.add(new SaleRowProblem(index, "month", "customer.sale.month.required", List.of()));
        } else if (line.month().isAfter(grades.currentMonth())) {
            problems.add(new SaleRowProblem(index, "month", "customer.sale.month.future", List.of()));
        }
        String product = line.product() == null ? "" : line.product().strip();
        if (product.isEmpty() || product.length() > MAX_PRODUCT) {
            problems.add(new SaleRowProblem(index, "product", "customer.sale.product.invalid",
                    List.of(String.valueOf(MAX_PRODUCT))));
        }
        if (line.amount() == null || !money(line.amount()) || line.amount().signum() < 0) {
            problems.add(new SaleRowProblem(index, "amount", "customer.sale.amount.invalid", List.of()));
        }
        if (line.discount() != null && (!money(line.discount()) || line.discount().signum() < 0)) {
            problems.add(new SaleRowProblem(index, "discount", "customer.sale.discount.invalid", List.of()));
        }
        if (line.grossProfit() != null && (!money(line.grossProfit().abs())
                || line.amount() != null && line.grossProfit().compareTo(line.amount()) > 0)) {
            problems.add(new SaleRowProblem(index, "grossProfit", "customer.sale.grossProfit.invalid", List.of()));
        }
        if (line.remarks() != null && line.remarks().strip().length() > MAX_REMARKS) {
            problems.add(new SaleRowProblem(index, "remarks", "customer.text.tooLong",
                    List.of(String.valueOf(MAX_REMARKS))));
        }
        if (line.responsibleEmployeeId() != null && org.employee(line.responsibleEmployeeId()).isEmpty()) {
            problems.add(new SaleRowProblem(index, "responsibleEmployeeId", "customer.sale.responsible.unknown",
                    List.of()));
        }
        return problems;
    }

    private static void throwFirst(List<SaleRowProblem> problems) {
        if (!problems.isEmpty()) {
            SaleRowProblem first = problems.getFirst();
            throw BusinessException.onField(first.field(), first.messageKey(), first.args().toArray());
        }
    }

    private static boolean money(BigDecimal value) {
        return value.compareTo(MAX_MONEY) <= 0 && value.stripTrailingZeros().scale() <= 2;
    }

    private void apply(MonthlySale sale, SaleLine line) {
        sale.setResponsibleEmployeeId(line.responsibleEmployeeId());
        sale.setAmount(line.amount());
        sale.setDiscount(zero(line.discount()));
        sale.setGrossProfit(zero(line.grossProfit()));
        sale.setRemarks(line.remarks() == null || line.remarks().isBlank() ? null : line.remarks().strip());
    }

    /** Another line of the customer for the same month and product (compared as the database's collation does). */
    private boolean clashes(long customerId, YearMonth month, String product, Long exceptId) {
        String key = key(month, product);
        return sales.findByCustomer(customerId).stream()
                .anyMatch(other -> !Objects.equals(other.getId(), exceptId)
                        && key.equals(key(other.getMonth(), other.getProduct())));
    }

    private Set<String> lineKeys(long customerId) {
        Set<String> keys = new HashSet<>();
        sales.findByCustomer(customerId).forEach(sale -> keys.add(key(sale.getMonth(), sale.getProduct())));
        return keys;
    }

    private static String key(YearMonth month, String product) {
        return month + "|" + product.toLowerCase(Locale.ROOT);
    }

    private void save(MonthlySale sale) {
        try {
            sales.saveAndFlush(sale);
        } catch (DataIntegrityViolationException e) {
            throw duplicate(sale.getMonth(), sale.getProduct());
        }
    }

    private static BusinessException duplicate(YearMonth month, String product) {
        return BusinessException.onField("product", "customer.sale.duplicate", month.toString(), product);
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private Customer require(long id) {
        return customers.findById(id).orElseThrow(() -> new BusinessException("customer.notFound"));
    }

    private MonthlySale requireLine(long id) {
        return sales.findById(id).orElseThrow(() -> new BusinessException("customer.sale.notFound"));
    }
}
