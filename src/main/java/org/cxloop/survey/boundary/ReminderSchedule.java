package org.cxloop.survey.boundary;

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
import java.time.Instant;
import java.util.logging.Logger;
import org.cxloop.platform.control.Config;

/**
 * Looks for due invitation reminders every {@code CXLOOP_REMINDER_CHECK_MINUTES} (default 15). The timer is not
 * persistent: every node checks, and a reminder is sent at most once because marking it commits with the send.
 */
@Singleton
@Startup
@PermitAll
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Invitations invitations;

    @PostConstruct
    void schedule() {
        long minutes = Math.max(1, Config.number("CXLOOP_REMINDER_CHECK_MINUTES", 15));
        timers.createIntervalTimer(minutes * 60_000, minutes * 60_000, new TimerConfig("invitation-reminders", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void check() {
        int sent = invitations.remindDue(Instant.now());
        if (sent > 0) {
            LOG.info(() -> "Invitation reminders sent: " + sent);
        }
    }
}
