package com.keyaccount.portal.org;

import com.keyaccount.portal.base.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person of the company (员工): department, position, direct manager, and what appraisals score — hire date
 * (工龄) and education (学历). People who left (离职) stay, with their leaving date.
 */
@Entity
@Table(name = "employee")
public class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "employee_no", nullable = false)
    private String employeeNo;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "position_title")
    private String positionTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Employee manager;

    @Column(name = "hire_date", nullable = false)
    private LocalDate hireDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EducationLevel education;

    private String phone;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EmploymentStatus status = EmploymentStatus.ACTIVE;

    @Column(name = "left_on")
    private LocalDate leftOn;

    /** 工资等级, personnel data; null when not set. */
    @Column(name = "salary_grade")
    private Integer salaryGrade;

    /** Offices the regulations name, assigned by an administrator; kept when the person leaves. */
    @ElementCollection
    @CollectionTable(name = "employee_office", joinColumns = @JoinColumn(name = "employee_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "office", nullable = false)
    private Set<Office> offices = EnumSet.noneOf(Office.class);

    protected Employee() {
    }

    Employee(String employeeNo) {
        this.employeeNo = employeeNo;
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

    public String getDisplayName() {
        return displayName;
    }

    public Department getDepartment() {
        return department;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public Employee getManager() {
        return manager;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public EducationLevel getEducation() {
        return education;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public EmploymentStatus getStatus() {
        return status;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public boolean isActive() {
        return status == EmploymentStatus.ACTIVE;
    }

    void describe(String newEmployeeNo, String newDisplayName, String newPositionTitle, LocalDate newHireDate,
            EducationLevel newEducation, String newPhone, String newEmail) {
        this.employeeNo = newEmployeeNo;
        this.displayName = newDisplayName;
        this.positionTitle = newPositionTitle;
        this.hireDate = newHireDate;
        this.education = newEducation;
        this.phone = newPhone;
        this.email = newEmail;
    }

    public Integer getSalaryGrade() {
        return salaryGrade;
    }

    /** The offices held, in declaration order (a copy). */
    public Set<Office> getOffices() {
        return offices.isEmpty() ? EnumSet.noneOf(Office.class) : EnumSet.copyOf(offices);
    }

    void grade(Integer newSalaryGrade) {
        this.salaryGrade = newSalaryGrade;
    }

    void holdOffices(Set<Office> newOffices) {
        offices.retainAll(newOffices);
        offices.addAll(newOffices);
    }

    void assign(Department newDepartment, Employee newManager) {
        this.department = newDepartment;
        this.manager = newManager;
    }

    /**
     * The leaving rules that depend on the person alone: not left already, a date, not before the hire date and not
     * in the future — a leaving is recorded when it happens, not scheduled ahead (the login would stop at once).
     */
    void requireMayLeave(LocalDate date, LocalDate today) {
        if (!isActive()) {
            throw new BusinessException("employee.alreadyLeft", displayName);
        }
        if (date == null) {
            throw BusinessException.onField("leftOn", "validation.required");
        }
        if (date.isAfter(today)) {
            throw BusinessException.onField("leftOn", "employee.leftInFuture");
        }
        if (date.isBefore(hireDate)) {
            throw BusinessException.onField("leftOn", "employee.leftBeforeHired");
        }
    }

    void leave(LocalDate date, LocalDate today) {
        requireMayLeave(date, today);
        this.status = EmploymentStatus.LEFT;
        this.leftOn = date;
    }
}
