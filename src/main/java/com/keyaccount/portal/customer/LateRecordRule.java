package com.keyaccount.portal.customer;

import java.time.LocalDate;

/**
 * 當天更新 (004 第二章 三: 銷售人員接待或拜訪客戶后,當天登陸客戶管理系統填寫或完善客戶檔案): a visit or reception recorded on a
 * later business day than it happened is late. The grace ({@code portal.customer.visit-record-grace-days}, default 0)
 * lets a company accept the next day(s) too; the 20 元 fine of §4.5 is a later issue's.
 */
public final class LateRecordRule {

    private LateRecordRule() {
    }

    /** Whether a record of {@code kind} that happened on {@code occurredOn} and is written on {@code recordedOn} is late. */
    public static boolean isLate(FollowUpKind kind, LocalDate occurredOn, LocalDate recordedOn, int graceDays) {
        if (graceDays < 0) {
            throw new IllegalArgumentException("grace days must not be negative: " + graceDays);
        }
        return kind.mustBeRecordedSameDay() && recordedOn.isAfter(occurredOn.plusDays(graceDays));
    }
}
