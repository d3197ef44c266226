package dev.assay.cache;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The answers of queries, kept in memory as the bytes sent, under their {@link AnswerKey}: the data version is part
 * of the key, so an answer is never served once the data it was read from has changed. Bounded both in entries and
 * in bytes (Caffeine, evicting by weight: each entry weighs its bytes, and at least {@code maxSize / maxEntries},
 * so that neither bound is passed). Requests for an answer another request is computing wait for it rather than
 * compute it again, as all do right after a write.
 * <p>
 * Caffeine generates a class for each combination of features; a native image must be told the ones used. Built
 * at start, so that its metrics are there from the first scrape.
 */
@ApplicationScoped
@Startup
@RegisterForReflection(classNames = { AnswerCache.CAFFEINE_CACHE_CLASS, AnswerCache.CAFFEINE_NODE_CLASS })
public class AnswerCache {

    /** Caffeine's class for strong keys and values, evicting by weight; and its entries' class. */
    static final String CAFFEINE_CACHE_CLASS = "com.github.benmanes.caffeine.cache.SSMW";
    static final String CAFFEINE_NODE_CLASS = "com.github.benmanes.caffeine.cache.PSMW";

    static final String REQUESTS = "assay.answer.cache.requests";

    @Inject
    AnswerCacheConfig config;

    @Inject
    DataVersion version;

    @Inject
    MeterRegistry registry;

    /** A request waits this much longer than an operation may run for the answer another one computes. */
    @ConfigProperty(name = "assay.graphql.time-limit")
    Duration timeLimit;

    private AsyncCache<AnswerKey, CachedAnswer> answers;
    private long maxAnswerBytes;
    private Counter hits;
    private Counter misses;
    private Counter bypasses;
    private Counter notModified;

    @PostConstruct
    void build() {
        long maxBytes = config.maxSize().asLongValue();
        long minWeight = Math.max(1, (maxBytes + config.maxEntries() - 1) / config.maxEntries());
        maxAnswerBytes = config.maxAnswerSize().asLongValue();
        answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<AnswerKey, CachedAnswer>weigher((key, answer) -> (int) Math.min(Integer.MAX_VALUE,
                        Math.max(minWeight, (long) key.weight() + answer.weight())))
                .buildAsync();
        version.whenReconnected(() -> answers.synchronous().invalidateAll());
        hits = counter("hit", "answered from memory (304s included)");
        misses = counter("miss", "run by the engine, the answer kept when it may be");
        bypasses = counter("bypass", "run by the engine while the data version was unknown; nothing kept");
        notModified = Counter.builder("assay.answer.cache.not.modified")
                .description("Requests answered 304 Not Modified: the client's copy is current").register(registry);
        Gauge.builder("assay.answer.cache.entries", this, cache -> cache.answers.synchronous().estimatedSize())
                .description("Answers held").register(registry);
        Gauge.builder("assay.answer.cache.size", this, AnswerCache::weightedBytes).baseUnit("bytes")
                .description("Memory the held answers take, roughly").register(registry);
        Gauge.builder("assay.data.version", version, DataVersion::current)
                .description("The data version this instance knows; -1 while unknown").register(registry);
        Gauge.builder("assay.data.version.listening", version, v -> v.listening() ? 1 : 0)
                .description("1 while the data version listener is connected, else 0").register(registry);
    }

    /** Whether answers are cached at all. */
    public boolean enabled() {
        return config.enabled();
    }

    /** The data version to key answers by now, or {@link DataVersion#UNKNOWN}: then bypass the cache. */
    public long version() {
        return version.current();
    }

    /** The answer held or being computed for {@code key}, or null. */
    public CompletableFuture<CachedAnswer> find(AnswerKey key) {
        return answers.getIfPresent(key);
    }

    /**
     * The answer held or being computed for {@code key}, or a new claim on it when there is none: the caller then
     * computes the answer and hands it to {@link #keep}.
     */
    public Found findOrClaim(AnswerKey key) {
        CompletableFuture<CachedAnswer> claim = new CompletableFuture<>();
        CompletableFuture<CachedAnswer> found = answers.get(key, (k, executor) -> claim);
        if (found != claim) {
            return new Found(found, false);
        }
        // Should the computation never report back, those waiting for it compute their own
        claim.orTimeout(timeLimit.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        return new Found(claim, true);
    }

    /**
     * What {@link #findOrClaim} found: the answer, held or to come.
     *
     * @param claimed whether it is the caller's to compute
     */
    public record Found(CompletableFuture<CachedAnswer> answer, boolean claimed) {
    }

    /**
     * Completes a claim with the answer computed (null when it may not be kept: those waiting then compute their
     * own) and keeps it, unless it is too large or the data version moved on meanwhile (it is still given to
     * the requests waiting for it, which read the same version).
     */
    public void keep(AnswerKey key, CompletableFuture<CachedAnswer> claim, CachedAnswer answer) {
        claim.complete(answer);
        if (answer != null && (answer.body().length() > maxAnswerBytes || version.current() != key.version())) {
            answers.asMap().remove(key, claim);
        }
    }

    public void recordHit() {
        hits.increment();
    }

    public void recordMiss() {
        misses.increment();
    }

    public void recordBypass() {
        bypasses.increment();
    }

    public void recordNotModified() {
        notModified.increment();
    }

    /** How many answers are held. */
    public long size() {
        return answers == null ? 0 : answers.synchronous().estimatedSize();
    }

    private double weightedBytes() {
        return answers.synchronous().policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
    }

    private Counter counter(String outcome, String description) {
        return Counter.builder(REQUESTS).tag("outcome", outcome).description("Queries by how the answer cache served them: "
                + description).register(registry);
    }
}
