package com.keyaccount.portal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs a scheduled job as the {@code system} actor: a job has no signed-in user, yet the services it calls check
 * permissions and the audit names who acted. The job's name goes into the log (and the {@code job} MDC key) so a
 * failure says which job failed. How a module declares a job: see {@code base.SchedulingConfig}.
 */
public final class SystemJobs {

    private static final Logger log = LoggerFactory.getLogger(SystemJobs.class);

    private SystemJobs() {
    }

    public static void run(String name, Runnable job) {
        long started = System.nanoTime();
        try (MDC.MDCCloseable ignored = MDC.putCloseable("job", name)) {
            log.debug("Job {} started", name);
            SystemAuthentication.run(job);
            log.info("Job {} finished in {} ms", name, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Job {} failed", name, e);
            throw e;
        }
    }
}
