package com.keyaccount.portal.org;

import java.io.Serializable;

/** A department as lists and trees show it, with its head and its number of active members. */
public record DepartmentSummary(long id, String code, String name, DepartmentKind kind, Long parentId, Long headId,
        String headName, int sortOrder, long version, long memberCount) implements Serializable {
}
