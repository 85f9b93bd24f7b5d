package com.keyaccount.portal.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 客户区域分类表 (002 四): 区域代号, 所辖区域名称, 组别, 区域界限, 不宜访问时间, 备注; maintained by administrators. The real
 * regions are not given in the source; the demo company brings its own. An unused region may be retired
 * ({@code active = false}) but never deleted while archives name it.
 */
@Entity
@Table(name = "customer_region")
public class CustomerRegion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "group_name")
    private String groupName;

    private String boundaries;

    @Column(name = "unsuitable_times")
    private String unsuitableTimes;

    private String remarks;

    private boolean active = true;

    protected CustomerRegion() {
    }

    public CustomerRegion(String code, String name) {
        this.code = code;
        this.name = name;
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
