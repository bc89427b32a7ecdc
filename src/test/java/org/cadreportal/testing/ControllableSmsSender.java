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
 * containing a marker, to see the outbox retry, or route the messages on to a real gateway (the Tencent
 * SDK against a fake endpoint). Tests that set either clear it. A test can also hold a message in the
 * gateway, to see what another node does meanwhile.
 */
@Component
public class ControllableSmsSender implements SmsSender {

    private final List<Sms> delivered = new CopyOnWriteArrayList<>();
    private volatile String failMarker;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile SmsSender through;

    private volatile String holdMarker;
    private volatile CountDownLatch holding = new CountDownLatch(0);
    private volatile CountDownLatch released = new CountDownLatch(0);

    @Override
    public String send(Sms sms) {
        String held = holdMarker;
        if (held != null && sms.text().contains(held)) {
            holdMarker = null;
            holding.countDown();
            try {
                released.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String marker = failMarker;
        if (marker != null && sms.text().contains(marker) && failuresLeft.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
            throw new IllegalStateException("SMS gateway unreachable (test)");
        }
        SmsSender real = through;
        String receipt = real == null ? "test-" + delivered.size() : real.send(sms);
        delivered.add(sms);
        return receipt;
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

    /** Messages go on to {@code real} (null: back to recording only). */
    public void routeTo(SmsSender real) {
        through = real;
    }

    public void reset() {
        failMarker = null;
        failuresLeft.set(0);
        through = null;
    }

    /** How often a message containing {@code marker} was delivered. */
    public long deliveredCount(String marker) {
        return delivered.stream().filter(s -> s.text().contains(marker)).count();
    }

    /** The messages delivered to this number, in order. */
    public List<Sms> deliveredTo(String mobile) {
        return delivered.stream().filter(s -> s.mobile().equals(mobile)).toList();
    }
}
