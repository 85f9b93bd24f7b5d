package com.keyaccount.portal.customer;

import com.keyaccount.portal.security.SystemJobs;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recomputes every customer's grades nightly (issue 13: grades recomputed when sales change and nightly), so the
 * twelve-month window moves with the calendar and payment-status changes take effect. When:
 * {@code portal.customer.grade-cron}, default 02:30 in the business time zone; one node at a time (ShedLock).
 */
@Component
class GradeRecomputeJob {

    static final String NAME = "customer.gradeRecompute";

    private final CustomerGradeService grades;

    GradeRecomputeJob(CustomerGradeService grades) {
        this.grades = grades;
    }

    @Scheduled(cron = "${portal.customer.grade-cron:0 30 2 * * *}", zone = "${portal.time-zone}")
    @SchedulerLock(name = NAME, lockAtMostFor = "PT30M")
    void run() {
        SystemJobs.run(NAME, grades::recomputeAll);
    }
}
