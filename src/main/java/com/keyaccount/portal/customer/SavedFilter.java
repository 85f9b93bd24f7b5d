package com.keyaccount.portal.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A named filter of the 客户一览表 one person keeps for themselves; the filter is JSON of {@link CustomerFilter}. */
@Entity
@Table(name = "customer_saved_filter")
public class SavedFilter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(nullable = false)
    private String name;

    @Column(name = "filter_json", nullable = false)
    private String filterJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedFilter() {
    }

    public SavedFilter(long employeeId, String name, String filterJson, Instant createdAt) {
        this.employeeId = employeeId;
        this.name = name;
        this.filterJson = filterJson;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getEmployeeId() { return employeeId; }
    public String getName() { return name; }
    public String getFilterJson() { return filterJson; }
    public void setFilterJson(String filterJson) { this.filterJson = filterJson; }
    public Instant getCreatedAt() { return createdAt; }
}
