package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.security.SystemJobs;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds, every morning, whoever's turn it is on an appraisal form past its step's due date (issue 14: overdue
 * marking and reminders), through the in-app notifications. When: {@code portal.appraisal.reminder-cron}, default
 * 08:30 in the business time zone; one node at a time (ShedLock).
 */
@Component
class AppraisalReminderJob {

    static final String NAME = "appraisal.reminders";

    private final AppraisalFormService forms;

    AppraisalReminderJob(AppraisalFormService forms) {
        this.forms = forms;
    }

    @Scheduled(cron = "${portal.appraisal.reminder-cron:0 30 8 * * *}", zone = "${portal.time-zone}")
    @SchedulerLock(name = NAME, lockAtMostFor = "PT30M")
    void run() {
        SystemJobs.run(NAME, forms::remindOverdue);
    }
}
