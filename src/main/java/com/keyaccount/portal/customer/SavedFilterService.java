package com.keyaccount.portal.customer;

import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.customer.repository.SavedFilterRepository;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved filters of the 客户一览表 (issue 13: "saved filters per user"): everyone keeps their own, named, and sees,
 * applies and deletes only those. Saving under a name one already uses replaces that filter. A stored filter that
 * no longer reads (an enum value renamed by a later release) comes back as the default directory, never an error.
 */
@Service
public class SavedFilterService {

    static final int MAX_NAME_LENGTH = 60;
    static final int MAX_PER_PERSON = 50;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SavedFilterRepository filters;
    private final CurrentUser currentUser;
    private final Clock clock;

    SavedFilterService(SavedFilterRepository filters, CurrentUser currentUser, Clock clock) {
        this.filters = filters;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in person's saved filters by name. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public List<SavedFilterSummary> findMine() {
        return filters.findByEmployeeIdOrderByNameAsc(me()).stream()
                .map(f -> new SavedFilterSummary(f.getId(), f.getName(), read(f.getFilterJson()))).toList();
    }

    /** Saves the filter under the name (replacing one of the same name); returns its id. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional
    public long save(String name, CustomerFilter filter) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH || CONTROL.matcher(trimmed).find()) {
            throw BusinessException.onField("name", "customer.savedFilter.name.invalid", MAX_NAME_LENGTH);
        }
        String json = JSON.writeValueAsString(filter);
        SavedFilter saved = filters.findByEmployeeIdAndName(me(), trimmed).orElse(null);
        if (saved != null) {
            saved.setFilterJson(json);
            return saved.getId();
        }
        if (filters.countByEmployeeId(me()) >= MAX_PER_PERSON) {
            throw new BusinessException("customer.savedFilter.tooMany", MAX_PER_PERSON);
        }
        return filters.save(new SavedFilter(me(), trimmed, json, clock.instant())).getId();
    }

    /** Deletes one of the signed-in person's filters; someone else's is "not found", as if it did not exist. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional
    public void delete(long id) {
        SavedFilter filter = filters.findById(id).filter(f -> f.getEmployeeId() == me())
                .orElseThrow(() -> new BusinessException("customer.savedFilter.notFound"));
        filters.delete(filter);
    }

    private long me() {
        return currentUser.require().employeeId();
    }

    private static CustomerFilter read(String json) {
        try {
            return JSON.readValue(json, CustomerFilter.class);
        } catch (JacksonException e) {
            return CustomerFilter.defaults();
        }
    }
}
