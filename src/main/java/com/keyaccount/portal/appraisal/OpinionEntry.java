package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One related department's opinion (相关部门意见, 000 区域经理季度述职考评表 and 部门经理季度述职考评表) on one form: the
 * department named by the template, the comment and optional score, and who signed it when (that department's head or
 * their delegate). The departments give their opinions in parallel.
 *
 * @param itemCode        the template's opinion item
 * @param index           the department's position in the item's list
 * @param departmentLabel the department as the template names it (客户服务部, 其他 …)
 * @param departmentId    the organisation's department that answers, or null when none is mapped (其他)
 * @param comment         the signed comment, or null while pending
 * @param score           the score, or null when the template scores nothing or while pending
 * @param signedBy        who signed, or null while pending
 * @param signedAt        when, or null while pending
 */
public record OpinionEntry(String itemCode, int index, LocalizedText departmentLabel, Long departmentId,
        String comment, BigDecimal score, String signedBy, Instant signedAt) {

    /** Whether the department has given its opinion. */
    public boolean given() {
        return signedAt != null;
    }
}
