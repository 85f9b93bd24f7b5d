package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.customer.CustomerDraft;
import com.keyaccount.portal.customer.RegionService;
import com.keyaccount.portal.customer.RegionSummary;
import com.keyaccount.portal.org.EmployeeOption;
import com.keyaccount.portal.org.EmployeeService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The choices of the archive form: the active regions and people, plus the archive's own region and staff when they
 * were retired or left since, so saving never silently drops them.
 */
final class CustomerChoices {

    private CustomerChoices() {
    }

    static CustomerForm.Choices load(RegionService regionService, EmployeeService employees, CustomerDraft draft,
            LocalDate today) {
        List<RegionSummary> regions = regionService.findAll().stream()
                .filter(region -> region.active() || Objects.equals(region.id(), draft.getRegionId())).toList();
        List<EmployeeOption> people = new ArrayList<>(employees.findActiveOptions());
        Set<Long> recorded = new LinkedHashSet<>(draft.getCoOwnerIds());
        if (draft.getOwnerId() != null) {
            recorded.add(draft.getOwnerId());
        }
        for (Long id : recorded) {
            if (people.stream().noneMatch(option -> option.id() == id)) {
                employees.findOption(id).ifPresent(people::add);
            }
        }
        return new CustomerForm.Choices(regions, people, today);
    }
}
