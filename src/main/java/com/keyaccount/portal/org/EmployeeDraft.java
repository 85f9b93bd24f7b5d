package com.keyaccount.portal.org;

import com.keyaccount.portal.security.AccountInfo;
import com.keyaccount.portal.security.Role;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The employee form's content: a new employee (with the login to create) when {@code id} is null. The version
 * travels with the draft so a save over someone else's newer change is refused.
 */
public class EmployeeDraft implements Serializable {

    private Long id;
    private long version;
    private String employeeNo;
    private String displayName;
    private Long departmentId;
    private String positionTitle;
    private Long managerId;
    private LocalDate hireDate;
    private EducationLevel education;
    private String phone;
    private String email;
    private String username;
    private String initialPassword;
    private Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
    private long accountVersion;
    private Integer salaryGrade;
    private Set<Office> offices = EnumSet.noneOf(Office.class);

    static EmployeeDraft of(Employee employee, AccountInfo account) {
        EmployeeDraft draft = new EmployeeDraft();
        draft.id = employee.getId();
        draft.version = employee.getVersion();
        draft.employeeNo = employee.getEmployeeNo();
        draft.displayName = employee.getDisplayName();
        draft.departmentId = employee.getDepartment().getId();
        draft.positionTitle = employee.getPositionTitle();
        draft.managerId = employee.getManager() == null ? null : employee.getManager().getId();
        draft.hireDate = employee.getHireDate();
        draft.education = employee.getEducation();
        draft.phone = employee.getPhone();
        draft.email = employee.getEmail();
        draft.salaryGrade = employee.getSalaryGrade();
        draft.offices = employee.getOffices();
        if (account != null) {
            draft.username = account.username();
            draft.roles = Role.setOf(account.roles());
            draft.accountVersion = account.version();
        }
        return draft;
    }

    /** The login's version when the draft was loaded: a role change over someone else's is refused. */
    public long getAccountVersion() {
        return accountVersion;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public void setPositionTitle(String positionTitle) {
        this.positionTitle = positionTitle;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public EducationLevel getEducation() {
        return education;
    }

    public void setEducation(EducationLevel education) {
        this.education = education;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    public Set<Role> getRoles() {
        return Role.setOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : Role.setOf(roles);
    }

    /** 工资等级, {@link EmployeeService#MIN_SALARY_GRADE}–{@link EmployeeService#MAX_SALARY_GRADE}; null = not set. */
    public Integer getSalaryGrade() {
        return salaryGrade;
    }

    public void setSalaryGrade(Integer salaryGrade) {
        this.salaryGrade = salaryGrade;
    }

    /** The offices the person holds ({@link Office}); empty for most people. */
    public Set<Office> getOffices() {
        return offices;
    }

    public void setOffices(Set<Office> offices) {
        this.offices = offices == null || offices.isEmpty() ? EnumSet.noneOf(Office.class) : EnumSet.copyOf(offices);
    }
}
