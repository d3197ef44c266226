package dev.assay.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-caller token buckets: each caller may burst up to {@code capacity} requests and is refilled at
 * {@code perMinute} requests a minute. Pure apart from the clock passed in; idle buckets are evicted.
 */
public final class RateLimiter {

    private final int capacity;
    private final double tokensPerNano;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int capacity, int perMinute) {
        this.capacity = capacity;
        this.tokensPerNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
    }

    /** Takes one token for {@code caller}; false when the caller is over its limit. */
    public boolean tryAcquire(String caller, long nowNanos) {
        if (buckets.size() > 100_000) {
            evictIdle(nowNanos);
        }
        Bucket bucket = buckets.computeIfAbsent(caller, c -> new Bucket(capacity, nowNanos));
        synchronized (bucket) {
            bucket.refill(nowNanos, tokensPerNano, capacity);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return true;
            }
            return false;
        }
    }

    /** Whether {@code caller} has a token left, without taking it. */
    public boolean available(String caller, long nowNanos) {
        Bucket bucket = buckets.get(caller);
        if (bucket == null) {
            return true;
        }
        synchronized (bucket) {
            bucket.refill(nowNanos, tokensPerNano, capacity);
            return bucket.tokens >= 1;
        }
    }

    /** Seconds until {@code caller} has a token again, for the Retry-After header. */
    public long secondsUntilNext(String caller) {
        Bucket bucket = buckets.get(caller);
        if (bucket == null) {
            return 0;
        }
        synchronized (bucket) {
            double missing = Math.max(0, 1 - bucket.tokens);
            return (long) Math.ceil(missing / tokensPerNano / 1e9);
        }
    }

    private void evictIdle(long nowNanos) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().refill(nowNanos, tokensPerNano, capacity);
                return e.getValue().tokens >= capacity;
            }
        });
    }

    private static final class Bucket {
        double tokens;
        long updatedNanos;

        Bucket(double tokens, long nowNanos) {
            this.tokens = tokens;
            this.updatedNanos = nowNanos;
        }

        void refill(long nowNanos, double tokensPerNano, int capacity) {
            tokens = Math.min(capacity, tokens + (nowNanos - updatedNanos) * tokensPerNano);
            updatedNanos = nowNanos;
        }
    }
}
