package dev.assay.access;

import java.util.Set;
import java.util.TreeSet;

/**
 * What one caller may see and do, decided from its roles and subscription tiers: pure, no I/O.
 * Anonymous callers see public data only.
 */
public record Entitlements(String subject, Set<String> roles, Set<String> tiers) {

    public static final Entitlements ANONYMOUS = new Entitlements(null, Set.of(), Set.of());

    public Entitlements {
        roles = Set.copyOf(roles);
        tiers = Set.copyOf(tiers);
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    /** Staff see every series, whatever its tier. */
    public boolean isStaff() {
        return roles.contains(Role.EDITOR) || roles.contains(Role.ADMIN);
    }

    public boolean canEdit() {
        return isStaff();
    }

    public boolean isSubscriber() {
        return isStaff() || roles.contains(Role.SUBSCRIBER) || roles.contains(Role.PARTNER);
    }

    /** Partners and staff pull in bulk: the change feed and the exports. */
    public boolean isBulkReader() {
        return isStaff() || roles.contains(Role.PARTNER);
    }

    /**
     * Whether the caller may see the values of a series that needs {@code tier} (null: a public series).
     * Readers ask {@link SeriesAccess}, which applies this to commodities and hands them the visible ids.
     */
    boolean canSeeValues(String tier) {
        return tier == null || isStaff() || (isSubscriber() && tiers.contains(tier));
    }

    /**
     * Whether the caller may read the body of an article: public articles to everyone, private ones to
     * subscribers, and to those holding {@code requiredTier} when the article names one.
     */
    public boolean canReadBody(boolean isPrivate, String requiredTier) {
        return readableBodies().covers(isPrivate, requiredTier);
    }

    /** The article bodies this caller may read, for queries that must not match the others (search). */
    public ReadableBodies readableBodies() {
        return new ReadableBodies(isStaff(), isSubscriber(), isSubscriber() ? tiers : Set.of());
    }

    /**
     * The callers who get exactly this caller's answers, as a key: every answer depends on who the caller is only
     * through what this names (anonymous or signed in, staff, partner, subscriber, and a subscriber's tiers), so
     * callers of one audience may share cached answers. It never names the caller: all anonymous callers share
     * one, and so do all staff, whose tiers change nothing, and all subscribers holding the same tiers.
     */
    public String audience() {
        if (isAnonymous()) {
            return "anonymous";
        }
        if (isStaff()) {
            return "staff";
        }
        if (!isSubscriber()) {
            return "signed-in";
        }
        StringBuilder key = new StringBuilder(isBulkReader() ? "partner" : "subscriber");
        // Quoted and escaped, so that no two sets of tiers give one key ("a,b" is not "a" and "b")
        for (String tier : new TreeSet<>(tiers)) {
            key.append(" \"").append(tier.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return key.toString();
    }

    /** For messages: the tiers this caller holds. */
    public String describeTiers() {
        return tiers.isEmpty() ? "none" : String.join(", ", new TreeSet<>(tiers));
    }
}
