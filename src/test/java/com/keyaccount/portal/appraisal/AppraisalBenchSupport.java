package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.appraisal.repository.AppraisalTemplateRepository;
import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** What the appraisal benchmark needs of the module's internals: a template stored as the portal stores one. */
public final class AppraisalBenchSupport {

    private AppraisalBenchSupport() {
    }

    /** The newest stored version of the template's code; stored as version 1 when absent. */
    public static long template(ApplicationContext context, TemplateDefinition standard) {
        AppraisalTemplateRepository templates = context.getBean(AppraisalTemplateRepository.class);
        return templates.findFirstByCodeOrderByTemplateVersionDesc(standard.code())
                .orElseGet(() -> templates.save(new AppraisalTemplate(standard, true, "bench", Instant.now())))
                .getId();
    }
}
