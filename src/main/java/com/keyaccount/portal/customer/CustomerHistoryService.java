package com.keyaccount.portal.customer;

import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.customer.repository.CustomerRegionRepository;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.org.DepartmentReference;
import com.keyaccount.portal.org.EmployeeReference;
import com.keyaccount.portal.org.OrgQueries;
import com.keyaccount.portal.security.Permissions;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change history of one archive (重大变动均须记入档案, 000 信息办法 第四条): the Envers revisions of
 * {@link Customer}, each compared with the one before it, as entries naming who saved, when, and every audited field
 * that changed from what to what. Only those who may open the archive read it (004 第三章 一,
 * {@link CustomerAccess#requireOpen}). Enum values travel as message keys, owners, departments and regions as their
 * current names, so the page shows the history in the reader's language.
 */
@Service
public class CustomerHistoryService {

    private final EntityManager entityManager;
    private final CustomerRepository customers;
    private final CustomerRegionRepository regions;
    private final CustomerAccess access;
    private final OrgQueries org;

    CustomerHistoryService(EntityManager entityManager, CustomerRepository customers,
            CustomerRegionRepository regions, CustomerAccess access, OrgQueries org) {
        this.entityManager = entityManager;
        this.customers = customers;
        this.regions = regions;
        this.access = access;
        this.org = org;
    }

    /** The archive's history, newest first; refused (and audited) for someone the level keeps out. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public List<CustomerHistoryEntry> findHistory(long customerId) {
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> new BusinessException("customer.notFound"));
        access.requireOpen(customer);
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(Customer.class, false, true)
                .add(AuditEntity.id().eq(customerId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Field> fields = fields(new Names());
        List<CustomerHistoryEntry> entries = new ArrayList<>();
        Customer previous = null;
        for (Object[] row : revisions) {
            Customer state = (Customer) row[0];
            CustomerRevision revision = (CustomerRevision) row[1];
            if (row[2] == RevisionType.DEL) {
                continue;
            }
            Instant at = Instant.ofEpochMilli(revision.getRevisionTime());
            if (previous == null) {
                entries.add(new CustomerHistoryEntry(revision.getId(), at, revision.getActorName(), true, List.of()));
            } else {
                List<CustomerHistoryEntry.Change> changes = diff(fields, previous, state);
                if (!changes.isEmpty()) {
                    entries.add(new CustomerHistoryEntry(revision.getId(), at, revision.getActorName(), false,
                            changes));
                }
            }
            previous = state;
        }
        return entries.reversed();
    }

    private static List<CustomerHistoryEntry.Change> diff(List<Field> fields, Customer before, Customer after) {
        List<CustomerHistoryEntry.Change> changes = new ArrayList<>();
        for (Field field : fields) {
            HistoryValue from = field.value().apply(before);
            HistoryValue to = field.value().apply(after);
            if (!same(from, to)) {
                changes.add(new CustomerHistoryEntry.Change(field.labelKey(), from, to));
            }
        }
        return changes;
    }

    private static boolean same(HistoryValue a, HistoryValue b) {
        if (a instanceof HistoryValue.Amount x && b instanceof HistoryValue.Amount y) {
            return x.amount().compareTo(y.amount()) == 0;
        }
        return Objects.equals(a, b);
    }

    /** Every audited field of the archive with its label key, in the order the archive page shows them. */
    private List<Field> fields(Names names) {
        return List.of(
                text("name", Customer::getName),
                text("shortName", Customer::getShortName),
                text("code", Customer::getCode),
                text("creditCode", Customer::getCreditCode),
                label("variant", "variant", Customer::getVariant),
                label("nature", "nature", Customer::getNature),
                label("specialKind", "specialKind", Customer::getSpecialKind),
                label("businessType", "businessType", Customer::getBusinessType),
                label("market", "market", Customer::getMarket),
                new Field("customer.field.region", c -> text(names.region(c))),
                text("industry", Customer::getIndustry),
                text("legalRepresentative", Customer::getLegalRepresentative),
                text("address", Customer::getAddress),
                text("postcode", Customer::getPostcode),
                text("phone", Customer::getPhone),
                text("fax", Customer::getFax),
                text("email", Customer::getEmail),
                text("website", Customer::getWebsite),
                text("businessScope", Customer::getBusinessScope),
                amount("registeredCapital", Customer::getRegisteredCapital),
                day("foundedOn", Customer::getFoundedOn),
                day("tradeSince", Customer::getTradeSince),
                text("organisationForm", Customer::getOrganisationForm),
                amount("assets", Customer::getAssets),
                new Field("customer.field.employeeCount",
                        c -> c.getEmployeeCount() == null ? null : new HistoryValue.Count(c.getEmployeeCount())),
                amount("annualSales", Customer::getAnnualSales),
                label("confidentiality", "confidentiality", Customer::getConfidentiality),
                label("status", "status", Customer::getStatus),
                label("endKind", "endKind", Customer::getEndKind),
                text("statusReason", Customer::getStatusReason),
                new Field("customer.field.owner", c -> text(names.employee(c.getOwnerEmployeeId()))),
                new Field("customer.field.department", c -> text(names.department(c.getDepartmentId()))),
                label("paymentStatus", "paymentRating", Customer::getPaymentStatus),
                label("collectionStatus", "paymentRating", Customer::getCollectionStatus),
                label("grade", "grade", Customer::getGrade),
                label("rating", "rating", Customer::getRating));
    }

    private static Field text(String field, Function<Customer, String> getter) {
        return new Field("customer.field." + field, c -> text(getter.apply(c)));
    }

    private static HistoryValue text(String value) {
        return value == null || value.isBlank() ? null : new HistoryValue.Text(value);
    }

    private static Field label(String field, String enumKey, Function<Customer, Enum<?>> getter) {
        return new Field("customer.field." + field, c -> {
            Enum<?> value = getter.apply(c);
            return value == null ? null : new HistoryValue.Label("customer." + enumKey + "." + value.name());
        });
    }

    private static Field amount(String field, Function<Customer, BigDecimal> getter) {
        return new Field("customer.field." + field, c -> {
            BigDecimal value = getter.apply(c);
            return value == null ? null : new HistoryValue.Amount(value);
        });
    }

    private static Field day(String field, Function<Customer, LocalDate> getter) {
        return new Field("customer.field." + field, c -> {
            LocalDate value = getter.apply(c);
            return value == null ? null : new HistoryValue.Day(value);
        });
    }

    private record Field(String labelKey, Function<Customer, HistoryValue> value) {
    }

    /** Current names of the people, departments and regions a history names, each looked up once. */
    private final class Names {

        private final Map<Long, String> employees = new HashMap<>();
        private final Map<Long, String> departments = new HashMap<>();
        private final Map<Long, String> regionLabels = new HashMap<>();

        String employee(long id) {
            return employees.computeIfAbsent(id, key -> org.employee(key).map(EmployeeReference::displayName)
                    .orElse("#" + key));
        }

        String department(long id) {
            return departments.computeIfAbsent(id, key -> org.department(key).map(DepartmentReference::name)
                    .orElse("#" + key));
        }

        String region(Customer customer) {
            if (customer.getRegion() == null) {
                return null;
            }
            long id = customer.getRegion().getId();
            return regionLabels.computeIfAbsent(id, key -> regions.findById(key)
                    .map(region -> RegionSummary.of(region).label()).orElse("#" + key));
        }
    }
}
