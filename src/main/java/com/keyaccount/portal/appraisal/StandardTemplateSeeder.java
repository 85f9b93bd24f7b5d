package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.appraisal.repository.AppraisalTemplateRepository;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ships the forms of 000 大客户经理岗位描述范本 ({@link StandardTemplates#all()}) at start-up: each one whose code the
 * database does not hold yet is inserted as version 1, flagged standard and created by {@code system}. A code already
 * present (possibly edited into later versions, or retired) is left alone, so designers' changes survive restarts.
 * Runs before the demo loaders ({@code @Order(0)}), whose appraisal cycles use these templates.
 */
@Component
@Order(-100)
class StandardTemplateSeeder implements ApplicationRunner {

    static final String ACTOR = "system";

    private static final Logger log = LoggerFactory.getLogger(StandardTemplateSeeder.class);

    private final AppraisalTemplateRepository templates;
    private final Clock clock;

    StandardTemplateSeeder(AppraisalTemplateRepository templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int added = 0;
        for (TemplateDefinition template : StandardTemplates.all()) {
            if (!templates.existsByCode(template.code())) {
                templates.save(new AppraisalTemplate(template, true, ACTOR, clock.instant()));
                added++;
            }
        }
        if (added > 0) {
            log.info("Added {} standard appraisal template(s)", added);
        }
    }
}
