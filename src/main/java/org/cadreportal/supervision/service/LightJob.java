package org.cadreportal.supervision.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cadreportal.security.AppRoles;
import org.cadreportal.supervision.NightlySweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The nightly recompute of every online item's lights; ShedLock makes one node run it. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LightJob implements NightlySweep {

    private static final Logger log = LoggerFactory.getLogger(LightJob.class);

    private final java.util.concurrent.atomic.AtomicLong runs = new java.util.concurrent.atomic.AtomicLong();
    private final LightSweep sweep;
    private final LightJudge judge;
    private final Clock clock;

    /** Skipped silently on a node that finds the lock held: another node is sweeping. */
    @Scheduled(cron = "${portal.lights.cron:0 30 1 * * *}", zone = "${portal.zone:Asia/Shanghai}")
    @SchedulerLock(name = "supervision-lights", lockAtLeastFor = "PT1S", lockAtMostFor = "PT30M")
    public void run() {
        runs.incrementAndGet();
        LightSweep.Result r = sweep.sweep(judge.settings(), LocalDate.now(clock));
        log.info("Lights recomputed: {} items, {} milestones, {} item lights changed, {} turned red, {} statements",
                r.items(), r.milestones(), r.itemChanges(), r.turnedRed(), r.statements());
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(propagation = Propagation.MANDATORY)
    public Result sweepNow() {
        LightSweep.Result r = sweep.sweep(judge.settings(), LocalDate.now(clock));
        return new Result(r.items(), r.itemChanges(), r.turnedRed());
    }

    /** How many sweeps this node has run since it started (for the operators' view and the tests). */
    @PermitAll
    public long runs() {
        return runs.get();
    }
}
