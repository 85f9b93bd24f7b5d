package com.keyaccount.portal.security;

/**
 * How far a person sees business records (the five data scopes RuoYi users know), narrowest first:
 * own records, my team (me and everyone who reports to me), my department, my department and below, all.
 */
public enum DataScopeKind {
    SELF, TEAM, DEPARTMENT, DEPARTMENT_TREE, ALL;

    public DataScopeKind widest(DataScopeKind other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
