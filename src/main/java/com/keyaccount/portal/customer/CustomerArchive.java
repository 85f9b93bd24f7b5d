package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An opened archive as the archive page shows it (basic data, classification, level, lifecycle, staff, grades), with
 * what the reader may do. Only {@link CustomerService#open} returns it, after the confidentiality check.
 *
 * @param understaffed an important customer (grade A1/A2 or rating AAA/AA) with fewer responsible staff than
 *                     required (000 信息办法 第十条: 两个以上的人员)
 */
public record CustomerArchive(long id, long version, String code, String name, String shortName, String creditCode,
        CustomerVariant variant, CustomerNature nature, SpecialKind specialKind, BusinessType businessType,
        Market market, Long regionId, String regionName, String industry, String legalRepresentative, String address,
        String postcode, String phone, String fax, String email, String website, String businessScope,
        BigDecimal registeredCapital, LocalDate foundedOn, LocalDate tradeSince, String organisationForm,
        BigDecimal assets, Integer employeeCount, BigDecimal annualSales, Confidentiality confidentiality,
        CustomerStatus status, EndKind endKind, String statusReason, long ownerId, String ownerName,
        long departmentId, String departmentName, List<String> coOwnerNames, PaymentRating paymentStatus,
        PaymentRating collectionStatus, Grade grade, Rating rating, LocalDate lastFollowUpOn, Instant createdAt,
        Instant updatedAt, boolean understaffed, CustomerPermissions permissions) implements Serializable {

    public boolean important() {
        return isImportant(grade, rating);
    }

    /** 重要客户 for the two-staff rule: the top two grades of either scheme. */
    public static boolean isImportant(Grade grade, Rating rating) {
        return grade == Grade.A1 || grade == Grade.A2 || rating == Rating.AAA || rating == Rating.AA;
    }
}
