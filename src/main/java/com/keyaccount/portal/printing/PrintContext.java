package com.keyaccount.portal.printing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;

/**
 * What every printed page states besides its content: the company (the organisation's company unit), who printed it
 * and when, in the business time zone and the reader's language.
 *
 * @param companyName the company's name, e.g. 宏达商贸有限公司
 * @param printedBy   the display name of the person printing
 * @param printedAt   when
 * @param zone        the business time zone every moment is shown in
 * @param labels      the report language's labels
 */
record PrintContext(String companyName, String printedBy, Instant printedAt, ZoneId zone, ReportLabels labels) {

    /** The parameters every appraisal report reads: company, printed by and at, language and its labels. */
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("CompanyName", companyName);
        parameters.put("PrintedBy", labels.text("printing.appraisal.printedBy", printedBy));
        parameters.put("PrintedAt", labels.text("printing.appraisal.printedAt", PrintFormats.moment(printedAt, zone)));
        parameters.put(JRParameter.REPORT_LOCALE, labels.getLocale());
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        return parameters;
    }
}
