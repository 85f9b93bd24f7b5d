package com.keyaccount.portal.org;

/** Levels of the organisation tree: company → department → team. */
public enum DepartmentKind {
    /** 公司: the root, exactly one. */
    COMPANY,
    /** 部门, under the company or another department. */
    DEPARTMENT,
    /** 小组, under a department. */
    TEAM;

    /** Whether a unit of this kind may sit under a parent of the given kind (null: no parent). */
    public boolean mayHaveParent(DepartmentKind parent) {
        return switch (this) {
            case COMPANY -> parent == null;
            case DEPARTMENT -> parent == COMPANY || parent == DEPARTMENT;
            case TEAM -> parent == DEPARTMENT;
        };
    }
}
