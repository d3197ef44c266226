package dev.assay.access;

/** The roles a bearer token can grant, as listed in its {@code groups} claim. */
public final class Role {

    /** Holds subscription tiers, listed in the token's tiers claim. */
    public static final String SUBSCRIBER = "subscriber";
    /** A subscriber that pulls series in bulk (exports, change feed). */
    public static final String PARTNER = "partner";
    /** Records prints and edits articles and companies. */
    public static final String EDITOR = "editor";
    /** Everything an editor may do, and sees every series. */
    public static final String ADMIN = "admin";

    private Role() {
    }
}
