package dev.assay.cache;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The answer cache's settings ({@code assay.answer-cache.*}, or {@code ASSAY_ANSWER_CACHE_*}). */
@ConfigMapping(prefix = "assay.answer-cache")
public interface AnswerCacheConfig {

    /** Whether query answers are kept and served from memory; false runs every request through the engine. */
    @WithDefault("true")
    boolean enabled();

    /** Most answers held at once. */
    @WithDefault("10000")
    int maxEntries();

    /** Most memory the held answers and their keys take, roughly. */
    @WithDefault("16M")
    MemorySize maxSize();

    /** Answers larger than this are not kept. */
    @WithDefault("1M")
    MemorySize maxAnswerSize();

    /**
     * How often the listener checks its connection between notifications: a connection lost without a word (a
     * network partition) is noticed within about this long, plus the check's own timeout.
     */
    @WithDefault("2s")
    Duration listenerCheckInterval();
}
