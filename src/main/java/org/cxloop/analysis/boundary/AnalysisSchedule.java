package org.cxloop.analysis.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cxloop.platform.control.Config;

/**
 * Works through queued comments every {@code CXLOOP_ANALYSIS_POLL_SECONDS} (default 5), in batches, until the queue
 * is empty. The queue lives in the database, so a restart simply continues with what was committed.
 */
@Singleton
@Startup
@PermitAll
public class AnalysisSchedule {

    static final int BATCH = 200;

    @Resource
    TimerService timers;

    @Inject
    Analyses analyses;

    @PostConstruct
    void schedule() {
        long millis = Math.max(1, Config.number("CXLOOP_ANALYSIS_POLL_SECONDS", 5)) * 1000;
        timers.createIntervalTimer(millis, millis, new TimerConfig("comment-analysis", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void work() {
        int done;
        do {
            done = analyses.processPending(BATCH);
        } while (done == BATCH);
    }
}
