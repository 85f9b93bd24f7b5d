package com.keyaccount.portal.org;

import jakarta.persistence.Column;
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

/** A unit of the organisation tree (公司 / 部门 / 小组) with its head (负责人). */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DepartmentKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Department parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_employee_id")
    private Employee head;

    @Column(name = "sort_order")
    private int sortOrder;

    protected Department() {
    }

    Department(String code, String name, DepartmentKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public DepartmentKind getKind() {
        return kind;
    }

    public Department getParent() {
        return parent;
    }

    public Employee getHead() {
        return head;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    void rename(String newCode, String newName) {
        this.code = newCode;
        this.name = newName;
    }

    void place(DepartmentKind newKind, Department newParent, int newSortOrder) {
        this.kind = newKind;
        this.parent = newParent;
        this.sortOrder = newSortOrder;
    }

    void appointHead(Employee newHead) {
        this.head = newHead;
    }
}
