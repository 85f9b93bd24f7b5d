package com.keyaccount.portal.customer;

import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.customer.repository.CustomerRegionRepository;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.org.EmployeeReference;
import com.keyaccount.portal.org.OrgQueries;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The archive form's rules, each refused on its field with a localized message: the name (required, at most 200
 * characters, no control characters; markup is kept as text and shown as text), the 统一社会信用代码 (GB 32100-2015,
 * {@link CreditCode}; required unless the customer is an individual or abroad; unique), classification consistency
 * (001 一篇 第4条: a 会员大客户 is an individual, a 协议大客户 a unit; a special customer names its kind), contact
 * formats, non-negative amounts and dates not in the future.
 */
@Component
class CustomerValidation {

    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{5,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern POSTCODE = Pattern.compile("[0-9A-Za-z -]{3,10}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

    private final CustomerRepository customers;
    private final CustomerRegionRepository regions;
    private final OrgQueries org;
    private final Clock clock;
    private final ZoneId zone;

    CustomerValidation(CustomerRepository customers, CustomerRegionRepository regions, OrgQueries org, Clock clock,
            ZoneId businessZone) {
        this.customers = customers;
        this.regions = regions;
        this.org = org;
        this.clock = clock;
        this.zone = businessZone;
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    void validate(CustomerDraft d, long ownerId, Long customerId) {
        String name = trimmed(d.getName());
        if (name == null) {
            throw BusinessException.onField("name", "customer.name.required");
        }
        length("name", name, 200);
        if (CONTROL.matcher(name).find()) {
            throw BusinessException.onField("name", "customer.name.invalid");
        }
        length("shortName", trimmed(d.getShortName()), 100);
        if (d.getVariant() == null || d.getNature() == null || d.getMarket() == null
                || d.getConfidentiality() == null) {
            throw new BusinessException("customer.classification.required");
        }
        creditCode(d, customerId);
        if (d.getNature() == CustomerNature.SPECIAL && d.getSpecialKind() == null) {
            throw BusinessException.onField("specialKind", "customer.specialKind.required");
        }
        if (d.getBusinessType() == BusinessType.MEMBER && d.getVariant() != CustomerVariant.NATURAL_PERSON) {
            throw BusinessException.onField("businessType", "customer.businessType.memberIsPerson");
        }
        if (d.getBusinessType() == BusinessType.AGREEMENT && d.getVariant() == CustomerVariant.NATURAL_PERSON) {
            throw BusinessException.onField("businessType", "customer.businessType.agreementIsUnit");
        }
        if (d.getRegionId() != null && regions.findById(d.getRegionId()).isEmpty()) {
            throw BusinessException.onField("regionId", "customer.region.notFound");
        }
        format("phone", d.getPhone(), PHONE, "customer.phone.invalid");
        format("fax", d.getFax(), PHONE, "customer.phone.invalid");
        format("email", d.getEmail(), EMAIL, "customer.email.invalid");
        format("postcode", d.getPostcode(), POSTCODE, "customer.postcode.invalid");
        length("industry", trimmed(d.getIndustry()), 100);
        length("legalRepresentative", trimmed(d.getLegalRepresentative()), 100);
        length("address", trimmed(d.getAddress()), 300);
        length("email", trimmed(d.getEmail()), 200);
        length("website", trimmed(d.getWebsite()), 200);
        length("businessScope", trimmed(d.getBusinessScope()), 1000);
        length("organisationForm", trimmed(d.getOrganisationForm()), 60);
        amount("registeredCapital", d.getRegisteredCapital());
        amount("assets", d.getAssets());
        amount("annualSales", d.getAnnualSales());
        if (d.getEmployeeCount() != null && d.getEmployeeCount() < 0) {
            throw BusinessException.onField("employeeCount", "customer.number.negative");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        notFuture("foundedOn", d.getFoundedOn(), today);
        notFuture("tradeSince", d.getTradeSince(), today);
        if (d.getFoundedOn() != null && d.getTradeSince() != null && d.getTradeSince().isBefore(d.getFoundedOn())) {
            throw BusinessException.onField("tradeSince", "customer.tradeSince.beforeFounded");
        }
        for (Long coOwner : d.getCoOwnerIds()) {
            if (!Objects.equals(coOwner, ownerId)) {
                activeEmployee("coOwnerIds", coOwner);
            }
        }
    }

    /** A contact person's fields (客户联系人, 002 九): a name, and well-formed numbers and e-mail when given. */
    void validateContact(String name, String title, String department, String phone, String mobile, String email) {
        if (trimmed(name) == null) {
            throw BusinessException.onField("contactName", "customer.contact.name.required");
        }
        length("contactName", trimmed(name), 100);
        length("contactTitle", trimmed(title), 100);
        length("contactDepartment", trimmed(department), 100);
        format("contactPhone", phone, PHONE, "customer.phone.invalid");
        format("contactMobile", mobile, PHONE, "customer.phone.invalid");
        format("contactEmail", email, EMAIL, "customer.email.invalid");
        length("contactEmail", trimmed(email), 200);
    }

    /** The employee, who must still work here, as the owner or a co-responsible person. */
    EmployeeReference activeEmployee(String field, long employeeId) {
        EmployeeReference employee = org.employee(employeeId)
                .orElseThrow(() -> BusinessException.onField(field, "customer.staff.notFound"));
        if (!org.isActive(employeeId)) {
            throw BusinessException.onField(field, "customer.staff.left", employee.displayName());
        }
        return employee;
    }

    private void creditCode(CustomerDraft d, Long customerId) {
        String raw = trimmed(d.getCreditCode());
        boolean optional = d.getVariant() == CustomerVariant.NATURAL_PERSON || d.getMarket() == Market.INTERNATIONAL;
        if (raw == null) {
            if (!optional) {
                throw BusinessException.onField("creditCode", "customer.creditCode.required");
            }
            return;
        }
        String code = CreditCode.normalize(raw).orElse(raw);
        CreditCode.Problem problem = CreditCode.check(code);
        problem.messageKey().ifPresent(key -> {
            throw BusinessException.onField("creditCode", key);
        });
        customers.findByCreditCode(code).filter(existing -> !existing.getId().equals(customerId))
                .ifPresent(existing -> {
                    throw BusinessException.onField("creditCode", "customer.creditCode.duplicate",
                            existing.getName());
                });
    }

    private static void length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw BusinessException.onField(field, "customer.text.tooLong", max);
        }
    }

    private static void format(String field, String value, Pattern pattern, String key) {
        String text = trimmed(value);
        if (text != null && !pattern.matcher(text).matches()) {
            throw BusinessException.onField(field, key);
        }
    }

    private static void amount(String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            throw BusinessException.onField(field, "customer.number.negative");
        }
        if (value.compareTo(MAX_AMOUNT) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw BusinessException.onField(field, "customer.amount.invalid");
        }
    }

    private static void notFuture(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw BusinessException.onField(field, "customer.date.future");
        }
    }
}
