package org.cadreportal.base;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A small in-process broadcaster: a service announces that a record changed (a topic such as
 * {@code adjustment/42}), and every page open on it in this node hears it once the change is committed, so a
 * meeting's members see each other's votes as they are cast. Listeners run on a separate thread, never in the
 * announcer's transaction. It reaches the pages served by this node only: with several nodes a page on another
 * one sees the change at its next request.
 */
@Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService dispatch = Executors.newVirtualThreadPerTaskExecutor();

    /** Tells the topic's listeners, after the current transaction commits (at once when there is none). */
    public void announce(String topic) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    fire(topic);
                }
            });
        } else {
            fire(topic);
        }
    }

    /** Listens to a topic until the returned handle is stopped (a page stops it when it is detached). */
    public Listening listen(String topic, Runnable listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(topic, (t, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** A listener's registration. */
    public interface Listening {
        void stop();
    }

    private void fire(String topic) {
        for (Runnable listener : listeners.getOrDefault(topic, List.of())) {
            dispatch.execute(() -> {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    log.warn("A listener of {} failed", topic, e);
                }
            });
        }
    }
}
