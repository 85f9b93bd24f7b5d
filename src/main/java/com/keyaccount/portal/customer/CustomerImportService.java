package com.keyaccount.portal.customer;

import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.customer.repository.CustomerContactRepository;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.org.EmployeeReference;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * XLSX import of customers and their contacts (issue 13, Excel): a downloadable template
 * ({@link CustomerImportTemplate}), then every row validated by the archive's own rules ({@link CustomerValidation}:
 * required fields, GB 32100 credit codes, a credit code already in the portal) plus duplicates inside the file, and
 * reported per row and column. {@link ImportMode#ALL_OR_NOTHING} (the default) writes nothing when any row is
 * invalid; {@link ImportMode#VALID_ONLY} writes the valid ones. Valid archives are created through
 * {@link CustomerService#create}, the same path as the form (owner rules, audit, history), all in one transaction;
 * a contact belongs to a customer of the same file, named by its name or credit code. A file POI cannot read is
 * refused with a message and nothing is written. Every import is audited. Monthly sales (002 六) are another sheet
 * with its own service; they join here as a third step after the contacts.
 */
@Service
public class CustomerImportService {

    /** Rows per sheet an import accepts. */
    static final int MAX_ROWS = XlsxRows.MAX_ROWS;

    private final CustomerService customers;
    private final CustomerValidation validation;
    private final CustomerRepository customerRepository;
    private final CustomerContactRepository contacts;
    private final RegionService regions;
    private final EmployeeService employees;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CustomerImportService(CustomerService customers, CustomerValidation validation,
            CustomerRepository customerRepository, CustomerContactRepository contacts, RegionService regions,
            EmployeeService employees, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.customers = customers;
        this.validation = validation;
        this.customerRepository = customerRepository;
        this.contacts = contacts;
        this.regions = regions;
        this.employees = employees;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The template in the reader's language: headers, a sample row, the list of choices. */
    @PreAuthorize(Permissions.Customer.HAS_IMPORT)
    public void writeTemplate(UnaryOperator<String> labels, OutputStream out) throws IOException {
        CustomerImportTemplate.write(labels, out);
    }

    /** Reads, validates and (as the mode allows) imports the file; the report names every problem. */
    @PreAuthorize(Permissions.Customer.HAS_IMPORT + " and " + Permissions.Customer.HAS_EDIT)
    @Transactional
    public ImportReport importFile(byte[] content, String fileName, ImportMode mode, UnaryOperator<String> labels) {
        try (Workbook workbook = XlsxRows.open(content)) {
            Sheet customerSheet = XlsxRows.sheet(workbook, CustomerImportColumns.CUSTOMERS, CustomerImportColumns.CUSTOMER,
                    labels);
            Sheet contactSheet = workbook.getSheet(labels.apply(CustomerImportColumns.CONTACTS));
            if (contactSheet != null) {
                XlsxRows.checkHeaders(contactSheet, CustomerImportColumns.CONTACTS, CustomerImportColumns.CONTACT, labels);
            }
            return run(customerSheet, contactSheet, fileName, mode, labels);
        } catch (IOException e) {
            throw new BusinessException("customer.import.malformed");
        }
    }

    private ImportReport run(Sheet customerSheet, Sheet contactSheet, String fileName, ImportMode mode,
            UnaryOperator<String> labels) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<Integer, CustomerDraft> drafts = readCustomers(customerSheet, labels, problems);
        List<ContactLine> contactLines = contactSheet == null ? List.of()
                : readContacts(contactSheet, drafts, labels, problems);
        Set<Integer> badRows = new HashSet<>();
        problems.stream().filter(p -> p.sheetKey().equals(CustomerImportColumns.CUSTOMERS))
                .forEach(p -> badRows.add(p.row()));
        boolean apply = problems.isEmpty() || mode == ImportMode.VALID_ONLY;
        int imported = 0;
        int contactsImported = 0;
        if (apply) {
            Map<Integer, Long> ids = new HashMap<>();
            for (Map.Entry<Integer, CustomerDraft> draft : drafts.entrySet()) {
                if (!badRows.contains(draft.getKey())) {
                    ids.put(draft.getKey(), customers.create(draft.getValue()));
                    imported++;
                }
            }
            for (ContactLine line : contactLines) {
                Long customerId = ids.get(line.customerRow());
                if (customerId != null && line.valid()) {
                    contacts.save(line.toContact(customerRepository.getReferenceById(customerId), clock));
                    contactsImported++;
                }
            }
        }
        audit.record(CustomerAudit.IMPORTED, CustomerAudit.ENTITY, null, AuditDetail.of("customer.audit.imported",
                fileName, AuditDetail.translated("customer.import.mode." + mode.name()), imported, contactsImported,
                problems.size()));
        return new ImportReport(drafts.size(), contactLines.size(), imported, contactsImported, problems, apply);
    }

    private Map<Integer, CustomerDraft> readCustomers(Sheet sheet, UnaryOperator<String> labels,
            List<ImportProblem> problems) {
        Map<String, Long> regionIds = new HashMap<>();
        regions.findAll().forEach(r -> regionIds.put(r.code().toUpperCase(Locale.ROOT), r.id()));
        Map<Integer, CustomerDraft> drafts = new LinkedHashMap<>();
        Map<String, Integer> creditCodes = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        XlsxRows.forEachRow(sheet, CustomerImportColumns.CUSTOMER.size(), (rowNumber, cells) -> {
            Problems row = new Problems(CustomerImportColumns.CUSTOMERS, rowNumber, problems);
            CustomerDraft draft = new CustomerDraft();
            draft.setName(cells[0]);
            draft.setShortName(cells[1]);
            draft.setCreditCode(cells[2]);
            choice(cells, 3, CustomerVariant.class, labels, row).ifPresent(draft::setVariant);
            choice(cells, 4, CustomerNature.class, labels, row).ifPresent(draft::setNature);
            choice(cells, 5, SpecialKind.class, labels, row).ifPresent(draft::setSpecialKind);
            draft.setBusinessType(choice(cells, 6, BusinessType.class, labels, row).orElse(null));
            choice(cells, 7, Market.class, labels, row).ifPresent(draft::setMarket);
            if (cells[8] != null) {
                Long region = regionIds.get(cells[8].toUpperCase(Locale.ROOT));
                if (region == null) {
                    row.add(CustomerImportColumns.CUSTOMER.get(8), "customer.region.notFound");
                }
                draft.setRegionId(region);
            }
            draft.setIndustry(cells[9]);
            draft.setLegalRepresentative(cells[10]);
            draft.setAddress(cells[11]);
            draft.setPostcode(cells[12]);
            draft.setPhone(cells[13]);
            draft.setEmail(cells[14]);
            choice(cells, 15, Confidentiality.class, labels, row).ifPresent(draft::setConfidentiality);
            owner(cells[16], row).ifPresent(draft::setOwnerId);
            if (row.isClean()) {
                try {
                    validation.validate(draft, draft.getOwnerId() == null ? me() : draft.getOwnerId(), null);
                } catch (BusinessException e) {
                    row.add(CustomerImportColumns.columnOf(e.field().orElse(null)), e.messageKey(), e.arguments());
                }
            }
            duplicate(creditCodes, CreditCode.normalize(draft.getCreditCode()).orElse(null), rowNumber, row,
                    "customer.field.creditCode");
            duplicate(names, CustomerNames.key(draft.getName()), rowNumber, row, "customer.field.name");
            drafts.put(rowNumber, draft);
        });
        return drafts;
    }

    private Optional<Long> owner(String number, Problems row) {
        if (number == null) {
            return Optional.empty();
        }
        Optional<EmployeeReference> owner = employees.findReferences(number, PageRequest.of(0, 20)).stream()
                .filter(e -> e.employeeNo().equalsIgnoreCase(number)).findFirst();
        String column = "customer.import.column.ownerNo";
        if (owner.isEmpty()) {
            row.add(column, "customer.staff.notFound");
        } else if (!customers.mayAssign(owner.get().id()) && !isMe(owner.get().id())) {
            row.add(column, "customer.owner.notYours");
        } else {
            return Optional.of(owner.get().id());
        }
        return Optional.empty();
    }

    private boolean isMe(long employeeId) {
        return employeeId == me();
    }

    private long me() {
        return currentUser.require().employeeId();
    }

    private static void duplicate(Map<String, Integer> seen, String key, int rowNumber, Problems row, String column) {
        if (key == null || key.isEmpty()) {
            return;
        }
        Integer first = seen.putIfAbsent(key, rowNumber);
        if (first != null) {
            row.add(column, "customer.import.duplicateInFile", first);
        }
    }

    private List<ContactLine> readContacts(Sheet sheet, Map<Integer, CustomerDraft> drafts,
            UnaryOperator<String> labels, List<ImportProblem> problems) {
        Map<String, Integer> customerRows = new HashMap<>();
        drafts.forEach((row, draft) -> {
            CreditCode.normalize(draft.getCreditCode()).ifPresent(code -> customerRows.putIfAbsent(code, row));
            if (draft.getName() != null) {
                customerRows.putIfAbsent(draft.getName().strip(), row);
            }
        });
        List<ContactLine> lines = new ArrayList<>();
        Set<Integer> withPrimary = new HashSet<>();
        XlsxRows.forEachRow(sheet, CustomerImportColumns.CONTACT.size(), (rowNumber, cells) -> {
            Problems row = new Problems(CustomerImportColumns.CONTACTS, rowNumber, problems);
            String reference = cells[0] == null ? "" : cells[0];
            Integer customerRow = customerRows.getOrDefault(CreditCode.normalize(reference).orElse(reference),
                    customerRows.get(reference));
            if (customerRow == null) {
                row.add(CustomerImportColumns.CONTACT.get(0), "customer.import.contactCustomerMissing", reference);
            }
            try {
                validation.validateContact(cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]);
            } catch (BusinessException e) {
                row.add(CustomerImportColumns.columnOf(e.field().orElse(null)), e.messageKey(), e.arguments());
            }
            boolean primary = yes(cells[7], labels);
            if (primary && customerRow != null && !withPrimary.add(customerRow)) {
                row.add(CustomerImportColumns.CONTACT.get(7), "customer.import.secondPrimary");
            }
            lines.add(new ContactLine(customerRow == null ? -1 : customerRow, cells, primary, row.isClean()));
        });
        return lines;
    }

    private static boolean yes(String value, UnaryOperator<String> labels) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1") || value.equals("是")
                || value.equalsIgnoreCase("yes") || value.equalsIgnoreCase(labels.apply("customer.import.yes")));
    }

    private static <E extends Enum<E>> Optional<E> choice(String[] cells, int column, Class<E> type,
            UnaryOperator<String> labels, Problems row) {
        String value = cells[column];
        if (value == null) {
            return Optional.empty();
        }
        String prefix = CustomerImportColumns.valuePrefix(type);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value) || labels.apply(prefix + constant.name()).equals(value)) {
                return Optional.of(constant);
            }
        }
        row.add(CustomerImportColumns.CUSTOMER.get(column), "customer.import.choice", value);
        return Optional.empty();
    }

    /** The problems of one row, added to the report. */
    private static final class Problems {

        private final String sheetKey;
        private final int row;
        private final List<ImportProblem> all;
        private boolean clean = true;

        Problems(String sheetKey, int row, List<ImportProblem> all) {
            this.sheetKey = sheetKey;
            this.row = row;
            this.all = all;
        }

        void add(String columnKey, String messageKey, Object... args) {
            all.add(new ImportProblem(sheetKey, row, columnKey, messageKey,
                    Arrays.stream(args).map(String::valueOf).toList()));
            clean = false;
        }

        boolean isClean() {
            return clean;
        }
    }

    /** A contact row, read and checked. */
    private record ContactLine(int customerRow, String[] cells, boolean primary, boolean valid) {

        CustomerContact toContact(Customer customer, Clock clock) {
            CustomerContact contact = new CustomerContact(customer, clock.instant());
            contact.setName(cells[1].strip());
            contact.setTitle(CustomerValidation.trimmed(cells[2]));
            contact.setDepartment(CustomerValidation.trimmed(cells[3]));
            contact.setPhone(CustomerValidation.trimmed(cells[4]));
            contact.setMobile(CustomerValidation.trimmed(cells[5]));
            contact.setEmail(CustomerValidation.trimmed(cells[6]));
            contact.setPrimaryContact(primary);
            return contact;
        }
    }
}
