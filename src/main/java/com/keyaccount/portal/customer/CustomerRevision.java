package com.keyaccount.portal.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Envers revision of the archive history (重大变动均须记入档案, 000 信息办法 第四条): when and who. The portal has
 * one revision entity; should another module audit its entities with Envers, this entity moves to a shared module.
 */
@Entity
@Table(name = "customer_revision")
@RevisionEntity(CustomerRevisionListener.class)
public class CustomerRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "revision_time", nullable = false)
    private long revisionTime;

    @Column(name = "actor_employee_id")
    private Long actorEmployeeId;

    @Column(name = "actor_name", nullable = false)
    private String actorName = "";

    public long getId() { return id; }
    public long getRevisionTime() { return revisionTime; }
    public Long getActorEmployeeId() { return actorEmployeeId; }
    public String getActorName() { return actorName; }

    void setActor(Long employeeId, String name) {
        this.actorEmployeeId = employeeId;
        this.actorName = name;
    }
}
