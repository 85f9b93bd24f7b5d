package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.customer.BusinessType;
import com.keyaccount.portal.customer.CustomerFilter;
import com.keyaccount.portal.customer.CustomerNature;
import com.keyaccount.portal.customer.CustomerStatus;
import com.keyaccount.portal.customer.Grade;
import com.keyaccount.portal.customer.Rating;
import com.keyaccount.portal.customer.RegionSummary;
import com.keyaccount.portal.org.DepartmentSummary;
import com.keyaccount.portal.org.EmployeeOption;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The 客户一览表's filters: search text (debounced), grade, rating, region, status, nature, type, owner, department, mine. */
class CustomerFilterBar extends Composite<HorizontalLayout> {

    final TextField search = new TextField();
    final MultiSelectComboBox<Grade> grades = new MultiSelectComboBox<>();
    final Select<Rating> rating = new Select<>();
    final MultiSelectComboBox<RegionSummary> regions = new MultiSelectComboBox<>();
    final MultiSelectComboBox<CustomerStatus> statuses = new MultiSelectComboBox<>();
    final Select<CustomerNature> nature = new Select<>();
    final Select<BusinessType> businessType = new Select<>();
    final ComboBox<EmployeeOption> owner = new ComboBox<>();
    final ComboBox<DepartmentSummary> department = new ComboBox<>();
    final Checkbox mineOnly = new Checkbox();

    private final Map<Long, RegionSummary> regionsById;
    private final Map<Long, EmployeeOption> ownersById;
    private final Map<Long, DepartmentSummary> departmentsById;
    private boolean silent;

    CustomerFilterBar(List<RegionSummary> regionList, List<EmployeeOption> owners, List<DepartmentSummary> departments,
            Runnable onChange) {
        regionsById = regionList.stream().collect(Collectors.toMap(RegionSummary::id, Function.identity()));
        ownersById = owners.stream().collect(Collectors.toMap(EmployeeOption::id, Function.identity()));
        departmentsById = departments.stream().collect(Collectors.toMap(DepartmentSummary::id, Function.identity()));
        search.setPlaceholder(getTranslation("customer.directory.search"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("16em");
        grades.setPlaceholder(getTranslation("customer.field.grade"));
        grades.setItems(Grade.values());
        grades.setItemLabelGenerator(g -> getTranslation("customer.grade." + g.name()));
        choice(rating, Rating.values(), "customer.field.rating", "customer.rating.");
        regions.setPlaceholder(getTranslation("customer.field.region"));
        regions.setItems(regionList);
        regions.setItemLabelGenerator(RegionSummary::label);
        statuses.setPlaceholder(getTranslation("customer.directory.defaultStatuses"));
        statuses.setItems(CustomerStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation("customer.status." + s.name()));
        choice(nature, CustomerNature.values(), "customer.field.nature", "customer.nature.");
        choice(businessType, BusinessType.values(), "customer.field.businessType", "customer.businessType.");
        owner.setPlaceholder(getTranslation("customer.field.owner"));
        owner.setItems(owners);
        owner.setItemLabelGenerator(EmployeeOption::label);
        owner.setClearButtonVisible(true);
        department.setPlaceholder(getTranslation("customer.field.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(DepartmentSummary::name);
        department.setClearButtonVisible(true);
        mineOnly.setLabel(getTranslation("customer.directory.mineOnly"));
        List<HasValue<?, ?>> fields = List.of(search, grades, rating, regions, statuses, nature, businessType, owner,
                department, mineOnly);
        fields.forEach(field -> field.addValueChangeListener(event -> {
            if (!silent) {
                onChange.run();
            }
        }));
        List.of(grades, regions, statuses).forEach(box -> box.setWidth("11em"));
        getContent().add(search, grades, rating, regions, statuses, nature, businessType, owner, department, mineOnly);
        getContent().setWrap(true);
        getContent().setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    private <E extends Enum<E>> void choice(Select<E> select, E[] values, String placeholderKey, String prefix) {
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(placeholderKey));
        select.setItemLabelGenerator(v -> v == null ? getTranslation(placeholderKey) : getTranslation(prefix + v.name()));
        select.setPlaceholder(getTranslation(placeholderKey));
        select.setWidth("9em");
    }

    CustomerFilter value() {
        return new CustomerFilter(search.getValue(), grades.getValue(), rating.getValue(),
                regions.getValue().stream().map(RegionSummary::id).collect(Collectors.toSet()), statuses.getValue(),
                nature.getValue(), businessType.getValue(), owner.getValue() == null ? null : owner.getValue().id(),
                department.getValue() == null ? null : department.getValue().id(), mineOnly.getValue());
    }

    /** Shows a filter (a saved one, or the session's last) without firing a change per field. */
    void setValue(CustomerFilter filter) {
        silent = true;
        try {
            search.setValue(Objects.requireNonNullElse(filter.text(), ""));
            grades.setValue(filter.grades());
            rating.setValue(filter.rating());
            regions.setValue(pick(filter.regionIds(), regionsById));
            statuses.setValue(filter.statuses());
            nature.setValue(filter.nature());
            businessType.setValue(filter.businessType());
            owner.setValue(filter.ownerId() == null ? null : ownersById.get(filter.ownerId()));
            department.setValue(filter.departmentId() == null ? null : departmentsById.get(filter.departmentId()));
            mineOnly.setValue(filter.mineOnly());
        } finally {
            silent = false;
        }
    }

    private static <T> Set<T> pick(Set<Long> ids, Map<Long, T> byId) {
        return ids.stream().map(byId::get).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
