package org.cadreportal.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;

/** The administrator's look into the outbox: what waits, what failed and why, and a retry. */
public interface OutboxAdmin {

    /** Null status or channel: any. Newest first unless the page asks otherwise. */
    List<OutboxRow> page(OutboxStatus status, String channel, Pageable pageable);

    long count(OutboxStatus status, String channel);

    /** Queues a FAILED message again for a fresh round of attempts. */
    void retry(long id);
}
