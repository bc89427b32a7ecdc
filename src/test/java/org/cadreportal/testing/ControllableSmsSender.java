package org.cadreportal.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadreportal.notification.SmsSender;
import org.springframework.stereotype.Component;

/**
 * The SMS gateway of every test context (it takes the place of the logging one, in all of them alike):
 * idle by default, it records what it delivers; a test can make it fail the next attempts at messages
 * containing a marker, to see the outbox retry. Tests that set a failure clear it.
 */
@Component
public class ControllableSmsSender implements SmsSender {

    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private volatile String failMarker;
    private final AtomicInteger failuresLeft = new AtomicInteger();

    @Override
    public void send(long cadreId, String body) {
        String marker = failMarker;
        if (marker != null && body.contains(marker) && failuresLeft.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
            throw new IllegalStateException("SMS gateway unreachable (test)");
        }
        delivered.add(body);
    }

    /** The next {@code times} attempts at messages containing {@code marker} fail. */
    public void failNext(String marker, int times) {
        failMarker = marker;
        failuresLeft.set(times);
    }

    public void reset() {
        failMarker = null;
        failuresLeft.set(0);
    }

    /** How often a message containing {@code marker} was delivered. */
    public long deliveredCount(String marker) {
        return delivered.stream().filter(b -> b.contains(marker)).count();
    }
}
