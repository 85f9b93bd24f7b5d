package com.keyaccount.portal.base;

import com.keyaccount.portal.security.SystemJobs;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A job written as {@link SchedulingConfig} tells modules to write one, minus the {@code @Scheduled} trigger so it
 * runs only when {@code SchedulingIT} calls it: it records who it ran as and whether it held its lock.
 */
@Component
class LockedProbeJob {

    static final String NAME = "test.lockedProbe";

    private volatile String ranAs;
    private volatile boolean lockHeld;

    @SchedulerLock(name = NAME, lockAtMostFor = "PT1M")
    void run() {
        SystemJobs.run(NAME, () -> {
            ranAs = SecurityContextHolder.getContext().getAuthentication().getName();
            LockAssert.assertLocked();
            lockHeld = true;
        });
    }

    // read through methods: the test holds the lock proxy, whose own fields stay empty
    String ranAs() {
        return ranAs;
    }

    boolean lockHeld() {
        return lockHeld;
    }
}
