package com.keyaccount.portal.org;

import java.io.Serializable;

/** A department as other modules refer to it: which one, its level and its parent (null for the company). */
public record DepartmentReference(long id, String code, String name, DepartmentKind kind, Long parentId)
        implements Serializable {
}
