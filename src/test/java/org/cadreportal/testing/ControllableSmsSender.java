package org.cadreportal.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadreportal.notification.SmsSender;
import org.springframework.stereotype.Component;

/**
 * The SMS gateway of every test context (it takes the place of the logging one, in all of them alike):
 * idle by default, it records what it delivers; a test can make it fail the next attempts at messages
 * containing a marker, to see the outbox retry. Tests that set a failure clear it. A test can also hold a message in the gateway, to see what another node does meanwhile.
 */
@Component
public class ControllableSmsSender implements SmsSender {

    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private volatile String failMarker;
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private volatile String holdMarker;
    private volatile CountDownLatch holding = new CountDownLatch(0);
    private volatile CountDownLatch released = new CountDownLatch(0);

    @Override
    public void send(long cadreId, String body) {
        String held = holdMarker;
        if (held != null && body.contains(held)) {
            holdMarker = null;
            holding.countDown();
            try {
                released.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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

    /** The next message containing {@code marker} waits in the gateway until {@link #release()}. */
    public void holdNext(String marker) {
        holding = new CountDownLatch(1);
        released = new CountDownLatch(1);
        holdMarker = marker;
    }

    /** Whether the held message reached the gateway within the time. */
    public boolean awaitHolding(long seconds) throws InterruptedException {
        return holding.await(seconds, TimeUnit.SECONDS);
    }

    public void release() {
        released.countDown();
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
