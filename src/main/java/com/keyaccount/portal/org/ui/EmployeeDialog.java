package com.keyaccount.portal.org.ui;

import com.keyaccount.portal.base.ui.LocalizedI18n;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.org.DepartmentSummary;
import com.keyaccount.portal.org.EducationLevel;
import com.keyaccount.portal.org.EmployeeDraft;
import com.keyaccount.portal.org.EmployeeOption;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.org.Office;
import com.keyaccount.portal.security.PasswordPolicy;
import com.keyaccount.portal.security.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Creates or edits an employee and their login. A refused save (duplicate number or username, a manager cycle,
 * a leaver as manager, someone else's newer change) shows its reason on the field and keeps everything typed.
 */
class EmployeeDialog extends Dialog {

    final TextField displayName = new TextField();
    final TextField employeeNo = new TextField();
    final ComboBox<DepartmentSummary> department = new ComboBox<>();
    final TextField position = new TextField();
    final ComboBox<EmployeeOption> manager = new ComboBox<>();
    final DatePicker hireDate = new DatePicker();
    final Select<EducationLevel> education = new Select<>();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final IntegerField salaryGrade = new IntegerField();
    final MultiSelectComboBox<Office> offices = new MultiSelectComboBox<>();
    final TextField username = new TextField();
    final PasswordField initialPassword = new PasswordField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button save = new Button();
    final Binder<EmployeeDraft> binder = new Binder<>();

    EmployeeDialog(EmployeeService service, List<DepartmentSummary> departments, List<EmployeeOption> people,
            EmployeeDraft existing, Runnable onSaved) {
        EmployeeDraft draft = existing == null ? new EmployeeDraft() : existing;
        setHeaderTitle(getTranslation(draft.isNew() ? "employee.new" : "employee.edit"));
        setWidth("760px");
        configureFields(departments, people, draft);
        bind(departments, people, draft);
        binder.readBean(draft);

        FormLayout form = new FormLayout(displayName, employeeNo, department, position, manager, hireDate, education,
                phone, email, salaryGrade, offices, username);
        if (draft.isNew()) {
            form.add(initialPassword);
        }
        form.add(roles, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        add(form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save(service, draft, onSaved));
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }

    private void configureFields(List<DepartmentSummary> departments, List<EmployeeOption> people, EmployeeDraft draft) {
        displayName.setLabel(getTranslation("employee.displayName"));
        displayName.setMaxLength(50);
        employeeNo.setLabel(getTranslation("employee.employeeNo"));
        employeeNo.setMaxLength(30);
        department.setLabel(getTranslation("employee.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(DepartmentSummary::name);
        position.setLabel(getTranslation("employee.position"));
        position.setMaxLength(100);
        manager.setLabel(getTranslation("employee.manager"));
        manager.setItems(people.stream().filter(p -> !Objects.equals(p.id(), draft.getId())).toList());
        manager.setItemLabelGenerator(EmployeeOption::label);
        manager.setClearButtonVisible(true);
        hireDate.setLabel(getTranslation("employee.hireDate"));
        hireDate.setI18n(LocalizedI18n.datePicker(getLocale()));
        education.setLabel(getTranslation("employee.education"));
        education.setItems(EducationLevel.values());
        education.setItemLabelGenerator(level -> getTranslation("education." + level.name()));
        phone.setLabel(getTranslation("employee.phone"));
        email.setLabel(getTranslation("employee.email"));
        salaryGrade.setLabel(getTranslation("employee.salaryGrade"));
        salaryGrade.setMin(EmployeeService.MIN_SALARY_GRADE);
        salaryGrade.setMax(EmployeeService.MAX_SALARY_GRADE);
        salaryGrade.setStepButtonsVisible(true);
        // the field's own min/max check runs before the binder's, so it gets the same message
        String gradeRange = getTranslation("employee.salaryGradeRange", EmployeeService.MIN_SALARY_GRADE,
                EmployeeService.MAX_SALARY_GRADE);
        salaryGrade.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(gradeRange)
                .setMaxErrorMessage(gradeRange).setBadInputErrorMessage(gradeRange));
        salaryGrade.setHelperText(getTranslation("employee.salaryGradeHelp", EmployeeService.MIN_SALARY_GRADE,
                EmployeeService.MAX_SALARY_GRADE));
        offices.setLabel(getTranslation("employee.offices"));
        offices.setItems(Office.values());
        offices.setItemLabelGenerator(office -> getTranslation("office." + office.name()));
        username.setLabel(getTranslation("employee.username"));
        username.setReadOnly(!draft.isNew());
        username.setHelperText(draft.isNew() ? getTranslation("employee.usernameHelp") : null);
        initialPassword.setLabel(getTranslation("employee.initialPassword"));
        initialPassword.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        roles.setLabel(getTranslation("employee.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
    }

    private void bind(List<DepartmentSummary> departments, List<EmployeeOption> people, EmployeeDraft draft) {
        String required = getTranslation("validation.required");
        binder.forField(displayName).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", 50), 1, 50))
                .bind(EmployeeDraft::getDisplayName, EmployeeDraft::setDisplayName);
        binder.forField(employeeNo).asRequired(required)
                .bind(EmployeeDraft::getEmployeeNo, EmployeeDraft::setEmployeeNo);
        binder.forField(department).asRequired(required)
                .withConverter(d -> d == null ? null : d.id(),
                        id -> departments.stream().filter(d -> Objects.equals(d.id(), id)).findFirst().orElse(null))
                .bind(EmployeeDraft::getDepartmentId, EmployeeDraft::setDepartmentId);
        binder.forField(position).bind(EmployeeDraft::getPositionTitle, EmployeeDraft::setPositionTitle);
        binder.forField(manager)
                .withConverter(e -> e == null ? null : e.id(),
                        id -> people.stream().filter(e -> Objects.equals(e.id(), id)).findFirst().orElse(null))
                .bind(EmployeeDraft::getManagerId, EmployeeDraft::setManagerId);
        binder.forField(hireDate).asRequired(required).bind(EmployeeDraft::getHireDate, EmployeeDraft::setHireDate);
        binder.forField(education).asRequired(required).bind(EmployeeDraft::getEducation, EmployeeDraft::setEducation);
        binder.forField(phone).bind(EmployeeDraft::getPhone, EmployeeDraft::setPhone);
        binder.forField(email).withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .bind(EmployeeDraft::getEmail, EmployeeDraft::setEmail);
        binder.forField(salaryGrade)
                .withValidator(new IntegerRangeValidator(salaryGrade.getI18n().getMinErrorMessage(),
                        EmployeeService.MIN_SALARY_GRADE, EmployeeService.MAX_SALARY_GRADE))
                .bind(EmployeeDraft::getSalaryGrade, EmployeeDraft::setSalaryGrade);
        binder.forField(offices).bind(EmployeeDraft::getOffices, EmployeeDraft::setOffices);
        binder.forField(roles).asRequired(getTranslation("account.rolesRequired"))
                .bind(EmployeeDraft::getRoles, EmployeeDraft::setRoles);
        if (draft.isNew()) {
            binder.forField(username).asRequired(required).bind(EmployeeDraft::getUsername, EmployeeDraft::setUsername);
            binder.forField(initialPassword).asRequired(required)
                    .bind(EmployeeDraft::getInitialPassword, EmployeeDraft::setInitialPassword);
        } else {
            binder.forField(username).bind(EmployeeDraft::getUsername, null);
        }
    }

    private void save(EmployeeService service, EmployeeDraft draft, Runnable onSaved) {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            if (draft.isNew()) {
                service.create(draft);
            } else {
                service.update(draft);
            }
            UiErrors.showSuccess(getTranslation("common.saved"));
            onSaved.run();
            close();
        } catch (RuntimeException e) {
            UiErrors.show(e, fieldsByName());
        }
    }

    private Map<String, HasValidation> fieldsByName() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("displayName", displayName);
        fields.put("employeeNo", employeeNo);
        fields.put("departmentId", department);
        fields.put("managerId", manager);
        fields.put("hireDate", hireDate);
        fields.put("education", education);
        fields.put("phone", phone);
        fields.put("email", email);
        fields.put("salaryGrade", salaryGrade);
        fields.put("offices", offices);
        fields.put("username", username);
        fields.put("password", initialPassword);
        fields.put("roles", roles);
        return fields;
    }
}
