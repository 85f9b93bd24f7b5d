package com.keyaccount.portal.org;

import java.io.Serializable;

/** The department form's content: a new department when {@code id} is null. */
public class DepartmentDraft implements Serializable {

    private Long id;
    private long version;
    private String code;
    private String name;
    private DepartmentKind kind = DepartmentKind.DEPARTMENT;
    private Long parentId;
    private Long headId;
    private int sortOrder;

    public static DepartmentDraft of(DepartmentSummary summary) {
        DepartmentDraft draft = new DepartmentDraft();
        draft.id = summary.id();
        draft.version = summary.version();
        draft.code = summary.code();
        draft.name = summary.name();
        draft.kind = summary.kind();
        draft.parentId = summary.parentId();
        draft.headId = summary.headId();
        draft.sortOrder = summary.sortOrder();
        return draft;
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

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public DepartmentKind getKind() {
        return kind;
    }

    public void setKind(DepartmentKind kind) {
        this.kind = kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getHeadId() {
        return headId;
    }

    public void setHeadId(Long headId) {
        this.headId = headId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
