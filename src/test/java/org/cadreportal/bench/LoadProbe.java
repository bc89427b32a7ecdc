package org.cadreportal.bench;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The load benchmark's eyes inside the server: a servlet filter in front of everything (Spring Security
 * included) that times the same kinds of request the browser side counts, and a session listener that
 * knows the live HTTP sessions, so the heap can be divided by a real count and the sessions ended at will.
 * Registered only by {@link LoadBenchmark}, never by component scan.
 */
final class LoadProbe implements Filter, HttpSessionListener {

    /**
     * A request's kind, its time in the server from the filter's entry to its exit, and the CPU time its
     * thread used meanwhile: the server's own work, without the waits for a core that Chromium's load adds
     * (and without the database's work, which runs in MariaDB).
     */
    record Timed(String kind, long nanos, long cpuNanos, long waitedMillis) {
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
            .getThreadMXBean();

    static {
        // Blocked and waited times of threads, so a request's time can be split into work and waiting.
        THREADS.setThreadContentionMonitoringEnabled(true);
    }

    private final ConcurrentLinkedQueue<Timed> timings = new ConcurrentLinkedQueue<>();
    private final Set<HttpSession> live = ConcurrentHashMap.newKeySet();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String kind = kind((HttpServletRequest) request);
        if (kind == null) {
            chain.doFilter(request, response);
            return;
        }
        long started = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long waited = waitedMillis();
        try {
            chain.doFilter(request, response);
        } finally {
            timings.add(new Timed(kind, System.nanoTime() - started, THREADS.getCurrentThreadCpuTime() - cpu,
                    waitedMillis() - waited));
        }
    }

    /** Time this thread spent blocked on a monitor or waiting (locks, pools, Object.wait, park). */
    private static long waitedMillis() {
        java.lang.management.ThreadInfo info = THREADS.getThreadInfo(Thread.currentThread().threadId());
        return info == null ? 0 : info.getBlockedTime() + info.getWaitedTime();
    }

    /**
     * uidl and init by Vaadin's own request type (read from the query string: reading a parameter could
     * consume a form body), page for a document or the login POST; static files and heartbeats not at all.
     */
    static String kind(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null && query.contains("v-r=")) {
            if (query.contains("v-r=uidl")) {
                return "uidl";
            }
            return query.contains("v-r=init") ? "init" : null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/VAADIN/") || path.startsWith("/HEARTBEAT") || path.lastIndexOf('.') > path.lastIndexOf('/')) {
            return null;
        }
        return "page";
    }

    /** The timings since the last call, and a fresh start for the next round. */
    List<Timed> drain() {
        List<Timed> out = new ArrayList<>();
        for (Timed t; (t = timings.poll()) != null;) {
            out.add(t);
        }
        return out;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.remove(event.getSession());
    }

    int liveSessions() {
        return live.size();
    }

    /** Ends every live session as a logout or a timeout would (Vaadin's session and its UIs go with it). */
    void invalidateAll() {
        for (HttpSession session : List.copyOf(live)) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyGone) {
                live.remove(session);
            }
        }
    }
}
