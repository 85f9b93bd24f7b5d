package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 自然人客户信息资料表 (002 九) as its form binds it: 业字 and 编号, the contact person, the visit (来访日期, 来访事由,
 * 来访人), the asset part (the source's 车型 / 车号 with the first service) and the service records (维修记录), the customer's
 * opinion, the service they hope for and related circumstances (对车辆爱护情况, 个人爱好, 单位对维修车辆的政策). Name, address
 * and phone are shown from the archive. {@link #getAssetLabels()} names the configured label set of the asset part.
 */
public class NaturalPersonSheetDraft implements Serializable {

    private String customerName;
    private String address;
    private String phone;
    private String assetLabels;
    private String businessNo;
    private String sheetNo;
    private String contactPerson;
    private LocalDate visitedOn;
    private String visitReason;
    private String visitor;
    private String customerOpinion;
    private String desiredService;
    private String assetCare;
    private String hobbies;
    private String employerPolicy;
    private List<AssetRecord> assets = new ArrayList<>();
    private List<ServiceRecord> services = new ArrayList<>();
    private Long version;

    public String getCustomerName() { return customerName; }
    public void setCustomerName(String customerName) { this.customerName = customerName; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAssetLabels() { return assetLabels; }
    public void setAssetLabels(String assetLabels) { this.assetLabels = assetLabels; }
    public String getBusinessNo() { return businessNo; }
    public void setBusinessNo(String businessNo) { this.businessNo = businessNo; }
    public String getSheetNo() { return sheetNo; }
    public void setSheetNo(String sheetNo) { this.sheetNo = sheetNo; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public LocalDate getVisitedOn() { return visitedOn; }
    public void setVisitedOn(LocalDate visitedOn) { this.visitedOn = visitedOn; }
    public String getVisitReason() { return visitReason; }
    public void setVisitReason(String visitReason) { this.visitReason = visitReason; }
    public String getVisitor() { return visitor; }
    public void setVisitor(String visitor) { this.visitor = visitor; }
    public String getCustomerOpinion() { return customerOpinion; }
    public void setCustomerOpinion(String customerOpinion) { this.customerOpinion = customerOpinion; }
    public String getDesiredService() { return desiredService; }
    public void setDesiredService(String desiredService) { this.desiredService = desiredService; }
    public String getAssetCare() { return assetCare; }
    public void setAssetCare(String assetCare) { this.assetCare = assetCare; }
    public String getHobbies() { return hobbies; }
    public void setHobbies(String hobbies) { this.hobbies = hobbies; }
    public String getEmployerPolicy() { return employerPolicy; }
    public void setEmployerPolicy(String employerPolicy) { this.employerPolicy = employerPolicy; }
    public List<AssetRecord> getAssets() { return assets; }
    public void setAssets(List<AssetRecord> assets) { this.assets = new ArrayList<>(assets); }
    public List<ServiceRecord> getServices() { return services; }
    public void setServices(List<ServiceRecord> services) { this.services = new ArrayList<>(services); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
