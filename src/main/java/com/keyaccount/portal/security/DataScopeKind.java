package com.keyaccount.portal.security;

/**
 * How far a person sees business records, narrowest first: own records; my team (me, everyone who reports to me
 * and my team's department); the departments I head and everything below them; all. Each kind includes what the
 * narrower ones see. Which departments count is not the role's business but the org tree's: see {@code DataScope}.
 */
public enum DataScopeKind {
    SELF, TEAM, DEPARTMENT_TREE, ALL;

    public DataScopeKind widest(DataScopeKind other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
