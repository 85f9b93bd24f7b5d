package com.keyaccount.portal.customer;

/**
 * 跟进记录 kinds: visits, calls, letters, faxes (000 信息办法 第九条: letters and faxes are recorded; 004: 長話 too),
 * e-mail, meetings and receptions. A {@link #VISIT} or {@link #RECEPTION} must be recorded the same day
 * (004 第二章 三: 接待或拜訪後當天更新檔案).
 */
public enum FollowUpKind {
    VISIT, CALL, LETTER, FAX, EMAIL, MEETING, RECEPTION;

    /** Whether the archive must be updated on the day it happened (004 第二章 三). */
    public boolean mustBeRecordedSameDay() {
        return this == VISIT || this == RECEPTION;
    }
}
