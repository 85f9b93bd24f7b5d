package com.keyaccount.portal.customer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 自然人客户信息资料表 (002 九): one per archive of an individual (会员大客户), with its asset part and service records. */
@Entity
@Table(name = "customer_person_sheet")
public class NaturalPersonSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "business_no")
    private String businessNo;

    @Column(name = "sheet_no")
    private String sheetNo;

    @Column(name = "contact_person")
    private String contactPerson;

    @Column(name = "visited_on")
    private LocalDate visitedOn;

    @Column(name = "visit_reason")
    private String visitReason;

    @Column(name = "visitor")
    private String visitor;

    @Column(name = "customer_opinion")
    private String customerOpinion;

    @Column(name = "desired_service")
    private String desiredService;

    @Column(name = "asset_care")
    private String assetCare;

    @Column(name = "hobbies")
    private String hobbies;

    @Column(name = "employer_policy")
    private String employerPolicy;

    @ElementCollection
    @CollectionTable(name = "customer_person_asset", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "sort_index")
    private List<SheetEmbeddables.Asset> assets = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_person_service", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "sort_index")
    private List<SheetEmbeddables.Service> services = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected NaturalPersonSheet() {
    }

    NaturalPersonSheet(long customerId) {
        this.customerId = customerId;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getCustomerId() { return customerId; }

    void apply(NaturalPersonSheetDraft d, Instant now, String by) {
        businessNo = ContactService.trimmed(d.getBusinessNo());
        sheetNo = ContactService.trimmed(d.getSheetNo());
        contactPerson = ContactService.trimmed(d.getContactPerson());
        visitedOn = d.getVisitedOn();
        visitReason = ContactService.trimmed(d.getVisitReason());
        visitor = ContactService.trimmed(d.getVisitor());
        customerOpinion = ContactService.trimmed(d.getCustomerOpinion());
        desiredService = ContactService.trimmed(d.getDesiredService());
        assetCare = ContactService.trimmed(d.getAssetCare());
        hobbies = ContactService.trimmed(d.getHobbies());
        employerPolicy = ContactService.trimmed(d.getEmployerPolicy());
        assets.clear();
        d.getAssets().forEach(a -> assets.add(SheetEmbeddables.Asset.of(a)));
        services.clear();
        d.getServices().forEach(s -> services.add(SheetEmbeddables.Service.of(s)));
        updatedAt = now;
        updatedBy = by;
    }

    void copyTo(NaturalPersonSheetDraft d) {
        d.setBusinessNo(businessNo);
        d.setSheetNo(sheetNo);
        d.setContactPerson(contactPerson);
        d.setVisitedOn(visitedOn);
        d.setVisitReason(visitReason);
        d.setVisitor(visitor);
        d.setCustomerOpinion(customerOpinion);
        d.setDesiredService(desiredService);
        d.setAssetCare(assetCare);
        d.setHobbies(hobbies);
        d.setEmployerPolicy(employerPolicy);
        d.setAssets(assets.stream().map(SheetEmbeddables.Asset::toRecord).toList());
        d.setServices(services.stream().map(SheetEmbeddables.Service::toRecord).toList());
        d.setVersion(version);
    }
}
