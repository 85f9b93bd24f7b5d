package com.keyaccount.portal.customer;

/** The 客户区域分类表 row (002 四) as the region dialog edits it; {@code id} null for a new region. */
public class RegionDraft {

    private Long id;
    private long version;
    private String code;
    private String name;
    private String groupName;
    private String boundaries;
    private String unsuitableTimes;
    private String remarks;
    private boolean active = true;

    public static RegionDraft of(CustomerRegion r) {
        RegionDraft d = new RegionDraft();
        d.id = r.getId();
        d.version = r.getVersion();
        d.code = r.getCode();
        d.name = r.getName();
        d.groupName = r.getGroupName();
        d.boundaries = r.getBoundaries();
        d.unsuitableTimes = r.getUnsuitableTimes();
        d.remarks = r.getRemarks();
        d.active = r.isActive();
        return d;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getGroupName() { return groupName; }
    public void setGroupName(String groupName) { this.groupName = groupName; }
    public String getBoundaries() { return boundaries; }
    public void setBoundaries(String boundaries) { this.boundaries = boundaries; }
    public String getUnsuitableTimes() { return unsuitableTimes; }
    public void setUnsuitableTimes(String unsuitableTimes) { this.unsuitableTimes = unsuitableTimes; }
    public String getRemarks() { return remarks; }
    public void setRemarks(String remarks) { this.remarks = remarks; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
