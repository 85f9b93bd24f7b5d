package com.keyaccount.portal.customer;

import java.io.Serializable;

/** A region as lists and choices show it (客户区域分类表, 002 四). */
public record RegionSummary(long id, String code, String name, String groupName, String boundaries,
        String unsuitableTimes, String remarks, boolean active) implements Serializable {

    static RegionSummary of(CustomerRegion r) {
        return new RegionSummary(r.getId(), r.getCode(), r.getName(), r.getGroupName(), r.getBoundaries(),
                r.getUnsuitableTimes(), r.getRemarks(), r.isActive());
    }

    /** {@code A 华东区}: how a choice shows the region. */
    public String label() {
        return code + " " + name;
    }
}
