package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of the 客户一览表 (000 名册制度 第三条: the list that may be given to departments): what everyone with
 * customer access sees, never the archive itself. {@code openable} says whether the signed-in person may open the
 * archive by its confidentiality level (004 第三章 一), for the lock icon; the archive page still checks.
 */
public record CustomerRow(long id, String name, String shortName, String code, String regionName, Grade grade,
        Rating rating, String ownerName, String departmentName, CustomerStatus status, LocalDate lastFollowUpOn,
        boolean openable) implements Serializable {
}
