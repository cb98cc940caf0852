package org.maple.certificate.control;

import java.time.Clock;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Limits public verification look-ups per client address: at most N a minute (fixed one-minute
 * windows), against enumeration of codes. Kept in this node's memory: in a cluster of k nodes a
 * client gets at most k×N a minute, which is still hopeless for guessing 55-bit codes, and needs no
 * shared state on the request path. Old windows are dropped as new ones start.
 */
@ApplicationScoped
public class VerifyRateLimiter {

    private static final int MAX_TRACKED = 100_000;

    @Inject
    Clock clock;

    @Inject
    CertificateConfig config;

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long window = -1;

    /** Counts one look-up; false when this client is over the limit for the current minute. */
    public boolean tryAcquire(String client) {
        long minute = clock.millis() / 60_000;
        if (minute != window) {
            synchronized (this) {
                if (minute != window) {
                    counts.clear();
                    window = minute;
                }
            }
        }
        if (counts.size() > MAX_TRACKED) {
            counts.clear(); // a flood of addresses: start over rather than grow without bound
        }
        return counts.computeIfAbsent(client == null ? "?" : client, k -> new AtomicInteger()).incrementAndGet()
                <= config.verifyMaxPerMinute();
    }

    /** Seconds until the current window ends (for Retry-After). */
    public int retryAfterSeconds() {
        return (int) (60 - (clock.millis() / 1000) % 60);
    }

    /**
     * The client address of a request. When MAPLE is told to trust its proxy: the LAST
     * X-Forwarded-For entry (over all the header's lines), the one the proxy appended for the peer
     * it saw; earlier entries come from the client and could be anything.
     */
    public String clientOf(String remoteAddr, Enumeration<String> forwardedFor) {
        if (!config.trustForwardedFor() || forwardedFor == null) {
            return remoteAddr;
        }
        String last = null;
        while (forwardedFor.hasMoreElements()) {
            String line = forwardedFor.nextElement();
            for (String hop : line == null ? new String[0] : line.split(",")) {
                if (!hop.isBlank()) {
                    last = hop.strip();
                }
            }
        }
        if (last == null) {
            return remoteAddr;
        }
        return last.length() > 60 ? last.substring(0, 60) : last;
    }
}
