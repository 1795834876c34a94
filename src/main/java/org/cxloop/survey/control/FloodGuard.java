package org.cxloop.survey.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} submissions per client within {@code window} on the anonymous survey links (per server
 * node, in memory). Forgets idle clients so that the memory it uses stays bounded.
 */
public final class FloodGuard {

    private final int limit;
    private final Duration window;
    private final int maxClients;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    public FloodGuard(int limit, Duration window, int maxClients) {
        this.limit = limit;
        this.window = window;
        this.maxClients = maxClients;
    }

    /** Counts a submission of {@code client} at {@code now}; false when it is one too many. */
    public boolean allow(String client, Instant now) {
        if (recent.size() > maxClients) {
            recent.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || e.getValue().peekLast().isBefore(now.minus(window));
                }
            });
        }
        Deque<Instant> times = recent.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
