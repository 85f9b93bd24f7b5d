package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.appraisal.AppraisalFormService;
import com.keyaccount.portal.appraisal.AppraisalTestData;
import com.keyaccount.portal.appraisal.BandLevel;
import com.keyaccount.portal.appraisal.FormAnswers;
import com.keyaccount.portal.appraisal.FormDetail;
import com.keyaccount.portal.appraisal.KpiSource;
import com.keyaccount.portal.appraisal.StandardTemplates;
import com.keyaccount.portal.appraisal.TemplateDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Forms for the appraisal view tests, opened in cycles of their own and moved along through the services. */
@Component
class AppraisalForms {

    static final String LINA = "lina";

    private final AppraisalTestData data;
    private final AppraisalFormService forms;
    private final DemoUsers demo;

    AppraisalForms(AppraisalTestData data, AppraisalFormService forms, DemoUsers demo) {
        this.data = data;
        this.forms = forms;
        this.demo = demo;
    }

    /** A new form of the template for the employee with that number, in DRAFT; returns its id. */
    long open(TemplateDefinition template, String employeeNo, String employeeLogin) {
        LocalDate start = AppraisalTestData.nextPeriod();
        long cycleId = data.draftCycle(template.name().zh() + " " + start, template, start, null);
        data.open(cycleId, List.of(data.employeeId(employeeNo)));
        return demo.as(employeeLogin, forms::myForms).stream().filter(f -> f.cycleId() == cycleId).findFirst()
                .orElseThrow().id();
    }

    FormDetail detail(String login, long formId) {
        return demo.as(login, () -> forms.form(formId));
    }

    /** 李娜's form of the template, self-assessment submitted: 刘洋's turn to score. */
    long submitted(TemplateDefinition template) {
        long formId = open(template, "HD0005", LINA);
        demo.run(LINA, () -> forms.submitSelfAssessment(formId, detail(LINA, formId).version()));
        return formId;
    }

    /** 李娜's 销售代表月度考核表 scored by 刘洋 (total 96.50) and submitted: his turn to sign. */
    long salesRepScored() {
        long formId = submitted(StandardTemplates.salesRepMonthly());
        demo.run(DemoUsers.MANAGER, () -> {
            long v = forms.saveScores(formId, forms.form(formId).version(), monthlyScores());
            forms.submitScores(formId, v);
        });
        return formId;
    }

    static FormAnswers monthlyScores() {
        return FormAnswers.empty()
                .withKpi("SALES_TARGET", new FormAnswers.KpiAnswer(new BigDecimal("100000"), new BigDecimal("95000"),
                        null, KpiSource.TYPED))
                .withKpi("OTHER_INDICATORS", new FormAnswers.KpiAnswer(new BigDecimal("20"), new BigDecimal("25"),
                        null, KpiSource.TYPED))
                .withBand("EVERYDAY_CONDUCT", new FormAnswers.BandAnswer(null, null, BandLevel.MEETS,
                        new BigDecimal("80"), "按时提交日报"))
                .withBand("CUSTOMER_MAINTENANCE", new FormAnswers.BandAnswer(null, null, BandLevel.EXCEEDS,
                        new BigDecimal("92"), null))
                .withBand("MARKET_MANAGEMENT", new FormAnswers.BandAnswer(null, null, BandLevel.MEETS,
                        new BigDecimal("78"), null));
    }
}
