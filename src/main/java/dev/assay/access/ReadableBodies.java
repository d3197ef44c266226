package dev.assay.access;

import java.util.Set;

/**
 * Which article bodies one caller may read: every public body, and private ones as listed here. Queries
 * (the article search) take it as parameters; {@link Entitlements#canReadBody} answers through it.
 *
 * @param everything whether every private body is readable (staff)
 * @param untiered whether private bodies that name no tier are readable (any subscriber)
 * @param tiers the tiers whose private bodies are readable
 */
public record ReadableBodies(boolean everything, boolean untiered, Set<String> tiers) {

    public ReadableBodies {
        tiers = Set.copyOf(tiers);
    }

    /** Whether the body of an article of this visibility and required tier (null: none) is readable. */
    public boolean covers(boolean isPrivate, String requiredTier) {
        return !isPrivate || everything || (requiredTier == null ? untiered : tiers.contains(requiredTier));
    }
}
